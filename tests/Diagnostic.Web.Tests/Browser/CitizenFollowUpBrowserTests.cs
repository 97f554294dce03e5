using System.Text.RegularExpressions;
using Diagnostic.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.Browser;

/// <summary>
/// On a phone, a citizen answers the demo questionnaire, sees « Quel autre lieu? » appear only once « Autre » is
/// ticked, skips the age with « Je préfère ne pas répondre », sends from the top of the review, and finds the public
/// bilan from the thank-you page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CitizenFollowUpBrowserTests(BrowserFixture browser)
{
    private const string OtherPlace = "Le marché public";

    [Fact]
    public async Task A_citizen_reveals_a_follow_up_skips_age_submits_and_finds_the_public_bilan_on_a_phone()
    {
        var before = await browser.LastResponseIdAsync();
        await using var session = await browser.NewSessionAsync(Viewports.Phone);
        var page = session.Page;

        await StartAsync(session);

        var sawFollowUp = false;
        var sawAge = false;
        while (StepPath().IsMatch(new Uri(page.Url).AbsolutePath))
        {
            if (await page.Locator("#q-lieux_frequentes-group").CountAsync() > 0)
            {
                var places = page.Locator("#q-lieux_frequentes-group");
                var followUp = page.Locator("#q-lieux_autre-group");
                await Expect(followUp).ToBeHiddenAsync();
                await places.Locator("label").Filter(new() { HasTextRegex = new Regex("^Autre$") }).TapAsync();
                await Expect(places.GetByLabel("Autre", new() { Exact = true })).ToBeCheckedAsync();
                await Expect(followUp).ToBeVisibleAsync();
                await page.GetByRole(AriaRole.Textbox, new() { Name = "Quel autre lieu?" }).FillAsync(OtherPlace);
                await AssertNoSidewaysScrollAsync(page);
                await session.ScreenshotAsync("1-follow-up");
                sawFollowUp = true;
            }
            if (await page.Locator("#q-age-group").CountAsync() > 0)
            {
                var age = page.Locator("#q-age-group");
                await Expect(age.Locator("legend")).ToContainTextAsync("(obligatoire)");
                await age.Locator("label").Filter(new() { HasTextString = "Je préfère ne pas répondre" }).TapAsync();
                await Expect(age.GetByLabel("Je préfère ne pas répondre")).ToBeCheckedAsync();
                await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Combien de personnes vivent dans votre logement" }))
                    .ToHaveAttributeAsync("inputmode", "numeric");
                await session.ScreenshotAsync("2-age");
                sawAge = true;
            }
            await NextAsync(page);
        }
        Assert.True(sawFollowUp && sawAge, "the follow-up and the age question were seen");

        await Expect(page).ToHaveURLAsync(new Regex("/s/demo/verification$"));
        await AssertNoSidewaysScrollAsync(page);
        await session.ScreenshotAsync("3-review");
        // Sent from the top of the folded review, without scrolling through the answers.
        await page.Locator("#submit-top").TapAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/s/demo/merci$"), new() { Timeout = 15_000 });
        var demarche = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Voir ce que la démarche a choisi et ce qui a été fait — .*Shawinigan$") });
        await Expect(demarche).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);
        await session.ScreenshotAsync("4-thank-you");
        await demarche.TapAsync();

        // The démarche's public page lists every year, with a link to each published bilan.
        await Expect(page).ToHaveURLAsync(new Regex($"/suivi/{DemoTerritory.CityCode}$"), new() { Timeout = 20_000 });
        await AssertNoSidewaysScrollAsync(page);
        await page.Locator($"a[href*='/bilan/{DemoTerritory.CityCode}/{ComiteDemoSeeder.CycleYear}/']").First.TapAsync();

        // The public bilan draws its charts on first visit: on a loaded machine that takes a few seconds.
        await Expect(page).ToHaveURLAsync(new Regex($"/bilan/{DemoTerritory.CityCode}/{ComiteDemoSeeder.CycleYear}/[0-9]+$"), new() { Timeout = 20_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(ComiteDemoSeeder.CycleYear);
        session.AssertNoProblems();

        var stored = await browser.QueryAsync(db => db.Responses.AsNoTracking().Where(r => r.Id > before).ToListAsync());
        var response = Assert.Single(stored);
        Assert.Equal("autre", response.Answers["lieux_frequentes"]);
        Assert.Equal(OtherPlace, response.Answers["lieux_autre"]);
        Assert.Equal("REFUS", response.Answers["age"]);
    }

    [Fact]
    public async Task Switching_language_on_a_step_keeps_the_answer_just_chosen()
    {
        await using var session = await browser.NewSessionAsync(Viewports.Phone);
        var page = session.Page;
        await StartAsync(session);
        var question = page.Locator("#q-app_chez_moi-group");
        await question.Locator("label").Filter(new() { HasTextString = "Plutôt d'accord" }).TapAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).TapAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en", new() { Timeout = 15_000 });
        await Expect(page).ToHaveURLAsync(new Regex("/s/demo/etape/1"));
        await Expect(question.GetByLabel("Somewhat agree")).ToBeCheckedAsync();
        session.AssertNoProblems();
    }

    /// <summary>Consents on the welcome page and picks Shawinigan-Sud: lands on the first section.</summary>
    private static async Task StartAsync(BrowserSession session)
    {
        var page = session.Page;
        await session.GotoAsync("/s/demo");
        var consent = page.GetByRole(AriaRole.Group, new() { Name = "Votre consentement" });
        await consent.Locator("label").Filter(new() { HasTextString = "J'accepte de répondre" }).TapAsync();
        await consent.Locator("label").Filter(new() { HasTextString = "J'ai 14 ans ou plus." }).TapAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Commencer" }).TapAsync();
        await page.Locator("label").Filter(new() { HasTextString = "Shawinigan-Sud" }).TapAsync();
        await NextAsync(page);
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            $"{page.Url} scrolls sideways");

    private static async Task NextAsync(IPage page)
    {
        var url = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).TapAsync();
        await page.WaitForURLAsync(u => u != url);
    }

    [GeneratedRegex(@"/s/demo/etape/\d+$")]
    private static partial Regex StepPath();
}
