using Microsoft.Playwright;

namespace Diagnostic.Web.Tests.Browser;

/// <summary>
/// One person's browser for one test: its own context and page. Records what a person would notice as broken
/// (console errors, script errors, failed requests, anything the Content-Security-Policy refused) so a test can
/// assert there were none.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Runs before the page's own scripts (and outside its CSP): reports each CSP refusal on the console.</summary>
    public const string CspViolationReporter =
        "document.addEventListener('securitypolicyviolation', e => console.error(" +
        "'CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || '')));";

    private readonly List<string> problems = [];
    private readonly string testName;

    internal BrowserSession(IBrowserContext context, IPage page, string testName)
    {
        Context = context;
        Page = page;
        this.testName = testName;
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"script: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"HTTP {response.Status}: {response.Url}"); };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors, script errors, failed requests and 4xx/5xx responses seen so far.</summary>
    public IReadOnlyList<string> Problems => problems;

    /// <summary>Opens a path of the app, e.g. "/s/demo"; fails the test unless the page answers 2xx.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}");
        Assert.True(response.Ok, $"GET {path} answered {response.Status}");
        return response;
    }

    /// <summary>Saves the whole page as artifacts/screenshots/&lt;test&gt;-&lt;step&gt;.png in the test output folder; returns the path.</summary>
    public async Task<string> ScreenshotAsync(string step, bool fullPage = true)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{testName}-{step}.png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        return path;
    }

    public void AssertNoProblems() => Assert.True(problems.Count == 0, "The browser saw problems:\n" + string.Join('\n', problems));

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
