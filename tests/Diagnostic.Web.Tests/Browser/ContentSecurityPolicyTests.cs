using Diagnostic.Data.Accounts;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.Browser;

/// <summary>
/// Issue 11, finding 5: the Content-Security-Policy forbids inline scripts and styles. Every page that draws something
/// (charts, QR codes, bars, the territory tree, print buttons) opens in Chromium without a single refusal.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_drawing_page_of_the_demo_opens_without_a_Content_Security_Policy_violation()
    {
        var email = $"admin-csp-{Guid.NewGuid():N}@test.local";
        await browser.App.CreateUserAsync(email, Roles.Admin);
        await using var session = await browser.NewSessionAsync(Viewports.Desktop);
        // Some twenty pages, a few drawing dozens of charts on first view, on a shared machine: more than the usual 15 s each.
        session.Page.SetDefaultNavigationTimeout(60_000);
        await session.GotoAsync("/connexion");
        await session.Page.Locator("#email").FillAsync(email);
        await session.Page.Locator("#password").FillAsync(SignInExtensions.Password);
        await session.Page.Locator("#password").PressAsync("Enter");
        await session.Page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));

        foreach (var path in await PagesAsync())
        {
            var response = await session.GotoAsync(path);
            Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy"));
        }
        // The print buttons are shown by site.js (no inline onclick); with a script refused they would stay hidden.
        await session.GotoAsync($"/admin/collectes/{await IdAsync(DemoSeeder.CitizenCode)}/affiche");
        await Expect(session.Page.Locator("#print")).ToBeVisibleAsync();

        session.AssertNoProblems();
    }

    private Task<int> IdAsync(string code) => browser.QueryAsync(db => db.Collectes.Where(c => c.PublicCode == code).Select(c => c.Id).SingleAsync());

    private async Task<IReadOnlyList<string>> PagesAsync()
    {
        var citizen = await IdAsync(DemoSeeder.CitizenCode);
        var cycle = await browser.QueryAsync(db => db.ComiteCycles.Where(c => c.YearLabel == ComiteDemoSeeder.CycleYear).Select(c => c.Id).FirstAsync());
        var round = await browser.QueryAsync(db => db.VotingRounds.Where(r => r.Seance!.CycleId == cycle).Select(r => r.Id).FirstAsync());
        return
        [
            "/", "/s/demo", "/portrait/demo", "/portrait/demo/imprimer", "/portrait/demo/quartier/grand-mere",
            "/admin/territoires", "/admin/collectes", $"/admin/collectes/{citizen}", $"/admin/collectes/{citizen}/participation",
            $"/admin/collectes/{DemoSeeder.PartnerCode}/invitations",
            $"/comite/annee/{cycle}", $"/comite/vote/{round}", $"/comite/plan/{cycle}", $"/comite/plan/{cycle}/action",
            $"/comite/bilan/{cycle}", $"/bilan/{DemoTerritory.CityCode}/{ComiteDemoSeeder.CycleYear}",
            $"/comite/annee/{cycle}/reprise", $"/comite/plan/{cycle}/moyen", "/demarches", $"/suivi/{DemoTerritory.CityCode}",
        ];
    }
}
