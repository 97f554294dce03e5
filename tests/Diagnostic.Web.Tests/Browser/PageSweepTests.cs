using System.Collections.Concurrent;
using System.Diagnostics;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Authorization;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Diagnostic.Web.Tests.Browser;

/// <summary>
/// Issue 13's CI sweep: every page of the authorization matrix, on the demo data, as the least powerful role allowed to
/// open it, on a phone (390×844) and a laptop (1280×900). A page fails on sideways scroll, a serious or critical axe-core
/// violation, a Content-Security-Policy refusal (or any script error or failed request), or an internal code on screen.
/// The two sizes run side by side in their own browser contexts; one Chromium for all.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageSweepTests(BrowserFixture browser, ITestOutputHelper output)
{
    [OnePassFact]
    public async Task Every_page_of_the_matrix_fits_a_phone_and_a_laptop_passes_axe_and_shows_no_code()
    {
        var clock = Stopwatch.StartNew();
        var accounts = await SignInEveryRoleAsync();
        var unfilled = new List<string>();
        var sweep = await SweepPages.LoadAsync(browser, accounts.AdminId);
        var pages = sweep.List(browser.App.Services, unfilled);
        var failures = new ConcurrentBag<string>(unfilled);
        var visited = new ConcurrentBag<string>();

        await Task.WhenAll(
            SweepAsync(pages, Viewports.Phone, accounts.States, failures, visited),
            SweepAsync(pages, Viewports.Desktop, accounts.States, failures, visited));

        var report = string.Join('\n', failures.Order(StringComparer.Ordinal));
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "..", "page-sweep.txt"),
            string.Join('\n', visited.Order(StringComparer.Ordinal)) + "\n\nFAILURES\n" + report);
        output.WriteLine($"{visited.Count} visits of {pages.Count} pages in {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(pages.Count >= 30, $"only {pages.Count} pages found to sweep");
        Assert.True(failures.IsEmpty, $"{failures.Count} problems:\n{report}");
    }

    private async Task SweepAsync(
        IReadOnlyList<SweepPage> pages, ViewportSize viewport, IReadOnlyDictionary<string, string?> states,
        ConcurrentBag<string> failures, ConcurrentBag<string> visited)
    {
        var size = $"{viewport.Width}×{viewport.Height}";
        var sessions = new Dictionary<string, BrowserSession>();
        try
        {
            foreach (var role in states.Keys)
            {
                var session = await browser.NewSessionAsync(viewport, states[role], $"sweep-{viewport.Width}-{role}");
                // The heaviest pages draw dozens of charts on first view, on a shared machine.
                session.Page.SetDefaultNavigationTimeout(120_000);
                sessions[role] = session;
            }
            foreach (var page in pages)
            {
                var problems = await VisitAsync(page, sessions, visited, size);
                foreach (var problem in problems) failures.Add($"{page.Url} at {size}: {problem}");
            }
        }
        finally
        {
            foreach (var session in sessions.Values) await session.DisposeAsync();
        }
    }

    /// <summary>Opens the page as the first allowed role that reaches it, and runs every check.</summary>
    private static async Task<IReadOnlyList<string>> VisitAsync(
        SweepPage page, Dictionary<string, BrowserSession> sessions, ConcurrentBag<string> visited, string size)
    {
        foreach (var role in page.Roles)
        {
            var session = sessions[role];
            // A first view of the printable portrait draws every chart of the territory: minutes on a busy machine.
            var probe = await session.Context.APIRequest.GetAsync(page.Url, new() { Timeout = 180_000 });
            var type = probe.Headers.GetValueOrDefault("content-type", "");
            if (!type.StartsWith("text/html", StringComparison.Ordinal))
            {
                visited.Add($"{size} {page.Url}: skipped, not a page ({type})");
                return [];
            }
            var isPublic = role == AuthorizationMatrixTests.Anonymous;
            if (!probe.Ok && !isPublic) continue; // 403 or 404 for this role: try the next one

            var before = session.Problems.Count;
            var clock = Stopwatch.StartNew();
            var response = await session.Page.GotoAsync(page.Url);
            var document = session.Page.Url;
            var status = response?.Status ?? 0;
            var problems = new List<string>();
            problems.AddRange(await PageChecks.OverflowAsync(session.Page));
            problems.AddRange(await PageChecks.InternalCodesAsync(session.Page));
            var loaded = clock.ElapsedMilliseconds;
            problems.AddRange(await PageChecks.AccessibilityAsync(session.Page));
            problems.AddRange(session.Problems.Skip(before).Where(p => !IsOwnStatus(p, document, status)));
            visited.Add($"{size} {page.Url} as {role}: {status} {document} in {clock.ElapsedMilliseconds} ms (axe {clock.ElapsedMilliseconds - loaded} ms)");
            if (problems.Count > 0) await session.ScreenshotAsync($"{size}-{page.Url.Trim('/').Replace('/', '_')}");
            return problems;
        }
        return [$"no allowed role ({string.Join(", ", page.Roles)}) could open it"];
    }

    /// <summary>The page's own status: the matrix's business (an error page answers 404 on purpose), reported twice by the browser.</summary>
    private static bool IsOwnStatus(string problem, string document, int status) =>
        problem == $"HTTP {status}: {document}"
        || problem.StartsWith($"console: Failed to load resource: the server responded with a status of {status} ", StringComparison.Ordinal);

    /// <summary>
    /// One account per role, signed in once through the sign-in page; the saved cookies open every context of that role.
    /// The comité member sits on the demo comité and the organisatrice runs the demo collectes, like the demo accounts.
    /// </summary>
    private async Task<(Dictionary<string, string?> States, string AdminId)> SignInEveryRoleAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var states = new Dictionary<string, string?> { [AuthorizationMatrixTests.Anonymous] = null };
        string adminId = "";
        foreach (var role in new[] { Roles.Committee, Roles.Organizer, Roles.Admin })
        {
            var email = $"sweep-{role}-{suffix}@test.local";
            var id = await browser.App.CreateUserAsync(email, role);
            if (role == Roles.Committee) await SeatOnDemoComiteAsync(id);
            if (role == Roles.Organizer)
                foreach (var code in new[] { DemoSeeder.CitizenCode, DemoSeeder.PartnerCode, ComiteDemoSeeder.FollowUpCode })
                    await browser.App.AssignAsync(id, code);
            if (role == Roles.Admin) adminId = id;
            await using var session = await browser.NewSessionAsync(Viewports.Desktop, $"sweep-sign-in-{role}");
            await session.GotoAsync("/connexion");
            await session.Page.Locator("#email").FillAsync(email);
            await session.Page.Locator("#password").FillAsync(SignInExtensions.Password);
            await session.Page.Locator("#password").PressAsync("Enter");
            await session.Page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
            states[role] = await session.Context.StorageStateAsync();
        }
        return (states, adminId);
    }

    /// <summary>Seats the account on the demo comité (other tests of the collection add comités of their own).</summary>
    private Task SeatOnDemoComiteAsync(string userId) => browser.App.WithDbAsync(async db =>
    {
        var comiteId = await db.ComiteCycles.Where(c => c.YearLabel == ComiteDemoSeeder.CycleYear).OrderBy(c => c.Id).Select(c => c.ComiteId).FirstAsync();
        var voterType = await db.Set<ComiteVoterType>().Where(t => t.ComiteId == comiteId).OrderBy(t => t.Order).Select(t => t.Id).FirstAsync();
        db.ComiteMembers.Add(new ComiteMember { ComiteId = comiteId, UserId = userId, DisplayName = "Membre du balayage", VoterTypeId = voterType });
        return await db.SaveChangesAsync();
    });
}
