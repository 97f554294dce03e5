using Diagnostic.Web.Questionnaires;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_language_link_on_the_welcome_page_turns_the_page_into_English_and_back()
    {
        var title = browser.App.Services.GetRequiredService<QuestionnaireLibrary>().Find("citoyens")!.Questionnaire.Title;
        await using var session = await browser.NewSessionAsync(Viewports.Phone);
        var page = session.Page;
        await session.GotoAsync("/s/demo");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("#page-title")).ToHaveTextAsync(title.In("fr"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Commencer" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#page-title")).ToHaveTextAsync(title.In("en"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Your consent")).ToBeVisibleAsync();

        // The choice sticks: a plain visit of the next page stays in English.
        await session.GotoAsync("/s/demo/reprendre");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await session.GotoAsync("/s/demo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("#page-title")).ToHaveTextAsync(title.In("fr"));
        session.AssertNoProblems();
    }
}
