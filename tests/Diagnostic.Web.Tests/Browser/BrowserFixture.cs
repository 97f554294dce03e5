using System.Net;
using System.Runtime.CompilerServices;
using Diagnostic.Data;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Diagnostic.Web.Tests.Browser;

/// <summary>
/// The real web app on Kestrel (127.0.0.1, a free port that is also its PublicBaseUrl, temporary SQLite file, demo mode on so <c>/s/demo</c> exists)
/// and one headless Debian Chromium driven by Playwright, shared by the <see cref="BrowserCollection"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package; CI installs it. Overridable for a developer machine with DIAGNOSTIC_CHROMIUM.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    // The flags DEVELOPERS.md asks for: no sandbox in containers, no GPU, nothing phoning home during tests.
    private static readonly string[] LaunchArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly int port = LoopbackPort.Free();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserFixture()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        App = new DemoWebFactory { PublicBaseUrl = BaseAddress.ToString() };
    }

    /// <summary>The app under test; use it to read the database (<see cref="DiagnosticWebFactory.WithDbAsync{T}"/>).</summary>
    public DemoWebFactory App { get; }

    /// <summary>Where Kestrel listens, e.g. http://127.0.0.1:41234/, and the app's PublicBaseUrl.</summary>
    public Uri BaseAddress { get; }

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser fixture is not initialised.");

    /// <summary>Screenshots land here: the test output folder's artifacts/screenshots.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("DIAGNOSTIC_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {chromium} and it is missing. Install it with `apt-get install -y chromium` " +
                "(.ci/run does), or point DIAGNOSTIC_CHROMIUM at another Chromium. Never run `playwright install`.");
        }
        // The app (migrations, demo seeding) and the Playwright driver start side by side: it halves the fixture's start-up.
        var server = Task.Run(StartServer);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = LaunchArgs });
        await server;
    }

    private void StartServer()
    {
        App.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        App.StartServer();
    }

    /// <summary>
    /// A fresh browser context (own cookies) with one page at <paramref name="viewport"/>, French locale, relative URLs
    /// resolved against the app. Screenshots are named after <paramref name="testName"/> (the calling test by default).
    /// </summary>
    public Task<BrowserSession> NewSessionAsync(ViewportSize viewport, [CallerMemberName] string testName = "") =>
        NewSessionAsync(viewport, storageState: null, testName);

    /// <summary>The same, starting from a saved sign-in (<see cref="IBrowserContext.StorageStateAsync"/>'s JSON).</summary>
    public async Task<BrowserSession> NewSessionAsync(ViewportSize viewport, string? storageState, [CallerMemberName] string testName = "")
    {
        var phone = Viewports.IsPhone(viewport);
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = viewport,
            IsMobile = phone,
            HasTouch = phone,
            Locale = "fr-CA",
            TimezoneId = "America/Toronto",
            StorageState = storageState,
        });
        // Short timeouts: a missing element should fail a test in seconds, not hang the suite.
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        // Every refusal by the Content-Security-Policy becomes a console error, which the session records as a problem.
        await context.AddInitScriptAsync(BrowserSession.CspViolationReporter);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, testName);
    }

    /// <summary>Runs a query on the app's database (a fresh scope each time).</summary>
    public Task<T> QueryAsync<T>(Func<DiagnosticDbContext, Task<T>> query) => App.WithDbAsync(query);

    /// <summary>The highest response id so far; a test notes it first, then looks only at responses stored after it.</summary>
    public Task<long> LastResponseIdAsync() =>
        QueryAsync(async db => await db.Responses.MaxAsync(r => (long?)r.Id) ?? 0);

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
