using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Answer;

/// <summary>Every refused answer: a message next to the field, linked from the summary, and nothing saved.</summary>
public sealed class BadAnswerTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, int, (string, string)[], string, string> Cases => new()
    {
        { "value outside the scale", 2, [("q-fier", "9")], "q-fier", "Choisissez une des réponses proposées." },
        { "unknown choice code", 1, [("q-age", "99-120")], "q-age", "Choisissez une des réponses proposées." },
        { "more choices than max_choices", 2, [("q-fier", "3"), ("q-lieux", "parc"), ("q-lieux", "biblio"), ("q-lieux", "autre")], "q-lieux", "Choisissez au plus 2 réponses." },
        { "number above max", 1, [("q-age", "14-34"), ("q-annees", "150")], "q-annees", "Écrivez un nombre égal ou inférieur à 99." },
        { "number below min", 1, [("q-age", "14-34"), ("q-annees", "-1")], "q-annees", "Écrivez un nombre égal ou supérieur à 0." },
        { "not a number", 1, [("q-age", "14-34"), ("q-annees", "douze")], "q-annees", "Écrivez un nombre entier en chiffres, par exemple 3." },
        { "not a whole number", 1, [("q-age", "14-34"), ("q-annees", "2,5")], "q-annees", "Écrivez un nombre entier, sans décimale." },
        { "text over max_length", 2, [("q-fier", "3"), ("q-lieux", "autre"), ("q-lieux_autre", new string('x', 21))], "q-lieux_autre", "Votre texte dépasse 20 caractères" },
        { "answer to a question that is not relevant", 2, [("q-fier", "3"), ("q-lieux", "parc"), ("q-lieux_autre", "La plage")], "q-lieux_autre", "Cette question ne s'applique pas selon vos réponses précédentes" },
        { "unknown question id", 1, [("q-age", "14-34"), ("q-inconnue", "1")], "q-inconnue", "Une réponse reçue ne correspond à aucune question" },
        { "missing required answer", 1, [("q-annees", "4")], "q-age", "Répondez à cette question." },
        { "ranking with one code twice", 3, [("q-top-1", "transport"), ("q-top-2", "transport")], "q-top", "Vous avez choisi la même réponse deux fois." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_refused_answer_is_explained_next_to_its_field_and_nothing_is_saved(
        string why, int step, (string, string)[] fields, string fieldId, string message)
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();

        var page = await person.StepAsync(step, fields);

        Assert.True(page.Path == $"/s/test/etape/{step}", why);
        Assert.Contains("id=\"error-summary\"", page.Html);
        Assert.Contains($"href=\"#{fieldId}\"", page.Html);
        Assert.Contains(message, page.Text);
        Assert.StartsWith("<title>Erreur", page.Html[page.Html.IndexOf("<title>", StringComparison.Ordinal)..]);
        var draft = (await factory.ResponsesAsync()).MaxBy(r => r.Id)!;
        Assert.Empty(draft.Answers);
    }

    [Fact]
    public async Task A_refused_answer_shows_the_message_beside_the_field_itself()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();

        var page = await person.StepAsync(2, ("q-fier", "3"), ("q-lieux", "parc"), ("q-lieux", "biblio"), ("q-lieux", "autre"));

        Assert.Contains("<p class=\"error-message\" id=\"q-lieux-error\">Choisissez au plus 2 réponses.</p>", page.Text);
        Assert.Contains("id=\"q-lieux\" name=\"q-lieux\" value=\"parc\" checked", page.Html); // what was typed is kept
    }
}
