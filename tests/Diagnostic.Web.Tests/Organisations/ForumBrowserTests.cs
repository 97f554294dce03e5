using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Browser;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>
/// The demo forum on phones (390 px): a table keys in two enjeux with the séance's code, no account; the organisatrice
/// groups them into a card, opens the dot vote on the cards and prints the « Rapport du forum ». No page scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ForumBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_table_keys_in_enjeux_from_a_phone_and_the_organisatrice_groups_them_and_opens_the_vote()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var forum = await browser.QueryAsync(db => db.Seances.Where(s => s.Kind == SeanceKind.Forum && s.ForumCode != null)
            .Select(s => new { s.Id, s.Cycle!.ComiteId, Code = s.ForumCode! }).FirstAsync());

        await using (var table = await browser.NewSessionAsync(Viewports.Phone))
        {
            await table.GotoAsync("/forum");
            await table.Page.GetByLabel("Code du forum").FillAsync(forum.Code.ToLowerInvariant());
            await table.Page.GetByLabel("Nom ou numéro de la table").FillAsync("Table " + suffix);
            await table.Page.GetByRole(AriaRole.Button, new() { Name = "Commencer" }).ClickAsync();
            await table.Page.GetByLabel("Enjeu 1", new() { Exact = true }).FillAsync("Bruit des camions " + suffix);
            await table.Page.GetByLabel("Enjeu 2", new() { Exact = true }).FillAsync("Pas de banc à l'arrêt " + suffix);
            await table.Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer les enjeux" }).ClickAsync();
            await Expect(table.Page.Locator("#sent-notice")).ToBeVisibleAsync();
            await Expect(table.Page.Locator("#sent")).ToContainTextAsync("Pas de banc à l'arrêt " + suffix);
            await AssertNoSidewaysScrollAsync(table.Page);
            await table.ScreenshotAsync("table");
            table.AssertNoProblems();
        }

        await using var oc = await OrganizerAsync(suffix);
        var page = oc.Page;
        await oc.GotoAsync($"/comite/{forum.ComiteId}/forum/{forum.Id}");
        await page.GetByLabel("Bruit des camions " + suffix).CheckAsync();
        await page.GetByLabel("Pas de banc à l'arrêt " + suffix).CheckAsync();
        await page.GetByLabel("Libellé de la carte d’enjeu").FillAsync("Aménager les rues " + suffix);
        await page.GetByRole(AriaRole.Button, new() { Name = "Regrouper en une carte" }).ClickAsync();
        await Expect(page.Locator("#cards")).ToContainTextAsync("Aménager les rues " + suffix);
        await AssertNoSidewaysScrollAsync(page);
        await oc.ScreenshotAsync("board");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le vote par gommettes sur les cartes" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/comite/vote/", StringComparison.Ordinal));
        await Expect(page.Locator("body")).ToContainTextAsync("Aménager les rues " + suffix);
        await oc.GotoAsync($"/comite/{forum.ComiteId}/forum/{forum.Id}/rapport");
        await Expect(page.Locator("#report-cards")).ToContainTextAsync("Aménager les rues " + suffix);
        await Expect(page.Locator("#forum-report")).ToContainTextAsync("Table " + suffix);
        await AssertNoSidewaysScrollAsync(page);
        await oc.ScreenshotAsync("report");
        oc.AssertNoProblems();
        var card = await browser.QueryAsync(db => db.ForumEnjeux.Where(e => e.Table == "Table " + suffix).Select(e => e.Card!.Wording).Distinct().ToListAsync());
        Assert.Equal(["Aménager les rues " + suffix], card);
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= page.ViewportSize!.Width, $"{page.Url} scrolls sideways: {width}px on {page.ViewportSize.Width}px");
    }

    private async Task<BrowserSession> OrganizerAsync(string suffix)
    {
        var email = $"oc-forum-{suffix}@test.local";
        await browser.App.CreateUserAsync(email, Roles.Organizer);
        var session = await browser.NewSessionAsync(Viewports.Phone);
        await session.GotoAsync("/connexion");
        await session.Page.Locator("#email").FillAsync(email);
        await session.Page.Locator("#password").FillAsync(SignInExtensions.Password);
        await session.Page.Locator("form.stack button[type=submit]").ClickAsync();
        await session.Page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        return session;
    }
}
