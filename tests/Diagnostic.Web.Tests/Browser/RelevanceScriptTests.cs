using Diagnostic.Core.Questionnaires;
using Diagnostic.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.Browser;

/// <summary>
/// The answer page's evaluator (wwwroot/js/relevance.js, as the app serves it) on the relevance cases Core's tests
/// also run (tests/Shared/relevance-cases.json), given each condition as the server writes it (RelevanceJson).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RelevanceScriptTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_script_agrees_with_the_server_on_every_shared_case()
    {
        var cases = RelevanceCase.Load();
        Assert.True(cases.Count >= 40);
        await using var session = await browser.NewSessionAsync(Viewports.Phone);
        var page = session.Page;
        await session.GotoAsync("/s/demo"); // the app's own page: its Content-Security-Policy lets it load its own script
        await page.AddScriptTagAsync(new() { Url = "/js/relevance.js" });

        var input = cases.Select(c => new { tree = RelevanceJson.Write(RelevanceExpression.Parse(c.Condition).Expression!), answers = c.Answers }).ToArray();
        var results = await page.EvaluateAsync<bool[]>(
            "cases => cases.map(c => window.diagnosticRelevance.isTrue(JSON.parse(c.tree), id => c.answers[id] ?? null))", input);

        var wrong = cases.Where((c, i) => results[i] != c.Expected)
            .Select(c => c.ToString()).ToList();
        Assert.True(wrong.Count == 0, "The script disagrees:\n" + string.Join('\n', wrong));
        session.AssertNoProblems();
    }
}
