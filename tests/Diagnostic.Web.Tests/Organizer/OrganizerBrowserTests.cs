using System.Text.RegularExpressions;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Browser;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.Organizer;

[Collection(BrowserCollection.Name)]
public sealed partial class OrganizerBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_organisatrice_signs_in_creates_a_collecte_opens_it_and_prints_its_poster()
    {
        var email = $"organisatrice-{Guid.NewGuid():N}@test.local";
        await browser.App.CreateUserAsync(email, Roles.Organizer);
        var code = "affiche-" + Guid.NewGuid().ToString("N")[..6];
        await using var session = await browser.NewSessionAsync(Viewports.Desktop);
        var page = session.Page;

        await session.GotoAsync("/connexion");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(SignInExtensions.Password);
        await page.Locator("#password").PressAsync("Enter");
        await Expect(page).Not.ToHaveURLAsync(new Regex("/connexion"));

        await session.GotoAsync("/admin/collectes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle collecte" }).ClickAsync();
        await page.GetByLabel("Territoire").SelectOptionAsync("shawinigan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await page.GetByLabel("Nom de la collecte").FillAsync("Collecte 2026 — Affiche");
        await page.GetByLabel("Code public", new() { Exact = true }).FillAsync(code);
        await session.ScreenshotAsync("1-new-collecte");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la collecte" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/collectes/\d+$"));
        await Expect(page.Locator("#status")).ToHaveTextAsync("En préparation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir la collecte" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Ouverte");
        await session.ScreenshotAsync("2-opened");

        await page.GetByRole(AriaRole.Link, new() { Name = "Affiches avec code QR" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/collectes/\d+/affiche$"));
        var posters = page.Locator("section.poster");
        await Expect(posters.First.Locator(".poster-qr svg")).ToBeVisibleAsync();
        await Expect(posters.First.Locator(".poster-url")).ToHaveTextAsync($"{browser.BaseAddress}s/{code}");
        await Expect(posters.Nth(1).Locator(".poster-url")).ToContainTextAsync($"/s/{code}?quartier=");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Imprimer" })).ToBeHiddenAsync();
        await Expect(posters.First.Locator(".poster-qr svg")).ToBeVisibleAsync();
        await session.ScreenshotAsync("3-poster-print");
        session.AssertNoProblems();

        var stored = await browser.App.WithDbAsync(db => db.Collectes.SingleAsync(s => s.PublicCode == code));
        Assert.Equal(CollecteStatus.Open, stored.Status);
    }
}
