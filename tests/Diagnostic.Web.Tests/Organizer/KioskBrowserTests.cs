using System.Text.RegularExpressions;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Authorization;
using Diagnostic.Web.Tests.Browser;
using Diagnostic.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.Organizer;

[Collection(BrowserCollection.Name)]
public sealed class KioskBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_organisatrice_who_opens_kiosk_mode_leaves_a_tablet_that_can_only_answer_the_collecte()
    {
        var email = $"kiosque-{Guid.NewGuid():N}@test.local";
        var userId = await browser.App.CreateUserAsync(email, Roles.Organizer);
        await browser.App.AssignAsync(userId, "demo");
        var id = await browser.App.IdOfAsync("demo");
        await using var session = await browser.NewSessionAsync(Viewports.Desktop);
        var page = session.Page;
        await session.GotoAsync("/connexion");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(SignInExtensions.Password);
        await page.Locator("#password").PressAsync("Enter");
        await Expect(page.Locator("#sign-out")).ToBeVisibleAsync();

        await session.GotoAsync($"/admin/collectes/{id}");
        await page.Locator("#kiosk").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/kiosque/demo$"));
        await Expect(page.Locator("#sign-out")).ToBeVisibleAsync(); // only the button signs out
        await session.ScreenshotAsync("kiosk-start");
        await page.Locator("#start-kiosk").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/s/demo$"));
        await Expect(page.Locator("#sign-out")).ToHaveCountAsync(0);
        await Expect(page.Locator("a[href='/admin']")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("kiosk-welcome");
        var cookies = await session.Context.CookiesAsync();
        Assert.DoesNotContain(cookies, c => c.Name == AccountsFeature.CookieName);
        var token = Assert.Single(cookies, c => c.Name == "diag-kiosque-demo");
        Assert.Equal("/s/demo", token.Path);
        Assert.True(token.HttpOnly);
        Assert.Equal(-1, token.Expires); // a session cookie: gone when the kiosk's browser closes

        await page.GotoAsync($"/admin/collectes/{id}");
        await Expect(page).ToHaveURLAsync(new Regex("/connexion\\?ReturnUrl="));
        await Expect(page.Locator("#sign-out")).ToHaveCountAsync(0);
        session.AssertNoProblems();
    }
}
