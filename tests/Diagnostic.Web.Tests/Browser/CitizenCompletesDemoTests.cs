using System.Text.RegularExpressions;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class CitizenCompletesDemoTests(BrowserFixture browser)
{
    private const string Strength = "Les gens se connaissent et s'entraident.";

    [Fact]
    public async Task A_citizen_completes_the_demo_questionnaire_on_a_phone_and_the_response_is_stored()
    {
        var before = await browser.LastResponseIdAsync();
        await using var session = await browser.NewSessionAsync(Viewports.Phone);
        var page = session.Page;
        var expected = new Dictionary<string, string>();

        await ConsentAsync(session);
        await TapLabelAsync(page.GetByRole(AriaRole.Group), "Shawinigan-Sud");
        await NextAsync(page);
        var sections = await AnswerEverySectionAsync(session, expected);

        await Expect(page).ToHaveURLAsync(new Regex("/s/demo/verification$"));
        await Expect(page.Locator("#neighbourhood")).ToContainTextAsync("Shawinigan-Sud");
        await Expect(page.Locator("#q-force_principale")).ToContainTextAsync(Strength);
        await session.ScreenshotAsync("3-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mes réponses" }).Last.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/s/demo/merci$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Merci, vos réponses sont enregistrées");
        await session.ScreenshotAsync("4-thank-you");
        session.AssertNoProblems();
        Assert.Equal(10, sections);
        await AssertStoredAsync(before, expected);
    }

    private static async Task ConsentAsync(BrowserSession session)
    {
        var page = session.Page;
        await session.GotoAsync("/s/demo");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await session.ScreenshotAsync("1-welcome");
        var consent = page.GetByRole(AriaRole.Group, new() { Name = "Votre consentement" });
        await Expect(consent.GetByRole(AriaRole.Checkbox).First).Not.ToBeCheckedAsync();
        await TapLabelAsync(consent, "J'accepte de répondre à ce questionnaire");
        await TapLabelAsync(consent, "J'ai 14 ans ou plus.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Commencer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/s/demo/quartier$"));
    }

    /// <summary>Goes through the section pages until the review, answering some questions on each; returns how many pages.</summary>
    private static async Task<int> AnswerEverySectionAsync(BrowserSession session, Dictionary<string, string> expected)
    {
        var page = session.Page;
        var count = 0;
        while (StepPath().IsMatch(new Uri(page.Url).AbsolutePath))
        {
            count++;
            await Expect(page.Locator("#progress")).ToContainTextAsync($"Étape {count + 1} sur ");
            await AnswerOpenQuestionsAsync(page, expected);
            await AnswerProfileAsync(page, expected);
            await AnswerScaleQuestionsAsync(page, expected, count);
            if (count == 1) await session.ScreenshotAsync("2-question");
            await NextAsync(page);
        }
        return count;
    }

    /// <summary>Taps one label in each of the first two choice questions not yet answered on the page.</summary>
    private static async Task AnswerScaleQuestionsAsync(IPage page, Dictionary<string, string> expected, int pageNumber)
    {
        var answered = 0;
        var groups = page.Locator("fieldset.question");
        for (var i = 0; i < await groups.CountAsync() && answered < 2; i++)
        {
            var group = groups.Nth(i);
            var questionId = QuestionId(await group.GetAttributeAsync("id"));
            var radios = group.GetByRole(AriaRole.Radio);
            if (expected.ContainsKey(questionId) || await radios.CountAsync() == 0) continue;
            var option = (pageNumber + i) % await radios.CountAsync();
            var label = await group.Locator("label").Nth(option).InnerTextAsync();
            await TapLabelAsync(group, label);
            expected[questionId] = await radios.Nth(option).GetAttributeAsync("value") ?? "";
            answered++;
        }
    }

    /// <summary>The "your view" section: places (multiple), a ranking of issues, and a free text.</summary>
    private static async Task AnswerOpenQuestionsAsync(IPage page, Dictionary<string, string> expected)
    {
        if (await page.Locator("#q-force_principale").CountAsync() == 0) return;
        var places = page.Locator("#q-lieux_frequentes-group");
        await TapLabelAsync(places, "Un parc");
        await TapLabelAsync(places, "La bibliothèque");
        expected["lieux_frequentes"] = "parc|bibliotheque";
        await page.GetByLabel("Choix numéro 1").SelectOptionAsync(new SelectOptionValue { Label = "Le logement" });
        await page.GetByLabel("Choix numéro 2").SelectOptionAsync(new SelectOptionValue { Label = "Les jeunes" });
        await page.GetByLabel("Choix numéro 3").SelectOptionAsync(new SelectOptionValue { Label = "La sécurité" });
        expected["priorites"] = "logement>jeunesse>securite";
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Quelle est la plus grande force de votre quartier?" }).FillAsync(Strength);
        expected["force_principale"] = Strength;
    }

    /// <summary>The profile: the required age band and the size of the household.</summary>
    private static async Task AnswerProfileAsync(IPage page, Dictionary<string, string> expected)
    {
        if (await page.Locator("#q-age-group").CountAsync() == 0) return;
        await TapLabelAsync(page.Locator("#q-age-group"), "25 à 44 ans");
        expected["age"] = "25-44";
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Combien de personnes vivent dans votre logement" }).FillAsync("3");
        expected["nb_personnes"] = "3";
    }

    /// <summary>Taps the label's text, as a person does, and checks that its box or button got ticked.</summary>
    private static async Task TapLabelAsync(ILocator scope, string label)
    {
        var text = scope.Locator("label").Filter(new() { HasTextString = label }).First;
        await text.TapAsync();
        await Expect(scope.GetByLabel(label).First).ToBeCheckedAsync();
    }

    private static async Task NextAsync(IPage page)
    {
        var url = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).TapAsync();
        await page.WaitForURLAsync(u => u != url);
    }

    private async Task AssertStoredAsync(long before, Dictionary<string, string> expected)
    {
        var stored = await browser.QueryAsync(db => db.Responses.AsNoTracking().Where(r => r.Id > before).ToListAsync());
        var response = Assert.Single(stored);
        Assert.Equal(ResponseStatus.Submitted, response.Status);
        Assert.NotNull(response.SubmittedAt);
        Assert.Equal("shawinigan-sud", response.NeighbourhoodCode);
        Assert.Equal("fr", response.Language);
        foreach (var (question, value) in expected)
        {
            Assert.True(response.Answers.TryGetValue(question, out var actual), $"{question} was not stored");
            Assert.Equal(value, actual);
        }
        Assert.True(expected.Count >= 20, $"only {expected.Count} answers given");
    }

    private static string QuestionId(string? groupId) => groupId is null ? "" : groupId["q-".Length..^"-group".Length];

    [GeneratedRegex(@"/s/demo/etape/\d+$")]
    private static partial Regex StepPath();
}
