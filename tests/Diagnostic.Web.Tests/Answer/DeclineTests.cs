using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Answer;

/// <summary>« Je préfère ne pas répondre » on profile questions: offered, counts as answered, stored as REFUS, read back in words.</summary>
public sealed class DeclineTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    private const string Code = "profil";

    private const string Yaml = """
        id: profil
        version: 1
        audience: citizen
        title: {fr: Profil, en: Profile}
        sections:
          - id: profil
            title: {fr: "À propos de vous", en: "About you"}
            profile: true
            questions:
              - id: age
                type: single
                required: true
                text: {fr: "Quel âge avez-vous?", en: "How old are you?"}
                decline: {fr: "Je préfère ne pas répondre", en: "I prefer not to answer"}
                choices:
                  - {code: "18-64", fr: "18 à 64 ans", en: "18 to 64"}
                  - {code: "65+", fr: "65 ans et plus", en: "65 and over"}
              - id: personnes
                type: number
                min: 1
                max: 20
                integer: true
                text: {fr: "Combien de personnes vivent chez vous?", en: "How many people live in your home?"}
                decline: {fr: "Je préfère ne pas répondre", en: "I prefer not to answer"}
              - id: services
                type: multiple
                text: {fr: "Quels services utilisez-vous?", en: "Which services do you use?"}
                decline: {fr: "Je préfère ne pas répondre", en: "I prefer not to answer"}
                choices:
                  - {code: clsc, fr: CLSC, en: CLSC}
                  - {code: biblio, fr: Bibliothèque, en: Library}
        """;

    public async Task InitializeAsync()
    {
        await factory.SeedAsync();
        if (!await factory.WithDbAsync(db => Task.FromResult(db.Collectes.Any(c => c.PublicCode == Code)))) await factory.AddCollecteAsync(Code, Yaml);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Respondent> StartedAsync()
    {
        var person = new Respondent(factory.NewClient(), Code);
        await person.StartAsync();
        return person;
    }

    [Fact]
    public async Task The_decline_choice_is_offered_on_each_profile_question_and_the_count_gets_a_whole_number_keypad()
    {
        var person = await StartedAsync();

        var step = await person.GetAsync($"/s/{Code}/etape/1");

        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(step.Html, "value=\"REFUS\"").Count);
        Assert.Contains("Je préfère ne pas répondre", step.Text);
        Assert.Contains("inputmode=\"numeric\"", step.Html);
    }

    [Fact]
    public async Task Declining_answers_a_required_question_is_stored_as_REFUS_and_read_back_in_words()
    {
        var person = await StartedAsync();

        var review = await person.StepAsync(1, ("q-age", "REFUS"), ("q-personnes", ""), ("q-personnes", "REFUS"), ("q-services", "REFUS"));
        Assert.Equal($"/s/{Code}/verification", review.Path);
        Assert.Contains("Je préfère ne pas répondre", review.Text);
        Assert.DoesNotContain("REFUS", review.Text);
        await person.PostAsync($"/s/{Code}/verification");

        var stored = (await factory.ResponsesAsync()).Single(r => r.Answers.ContainsKey("personnes"));
        Assert.Equal(("REFUS", "REFUS", "REFUS"), (stored.Answers["age"], stored.Answers["personnes"], stored.Answers["services"]));
    }

    [Fact]
    public async Task A_typed_number_and_ticked_choices_win_over_a_ticked_decline()
    {
        var person = await StartedAsync();

        await person.StepAsync(1, ("q-age", "65+"), ("q-personnes", "3"), ("q-personnes", "REFUS"), ("q-services", "biblio"), ("q-services", "REFUS"));
        var step = await person.GetAsync($"/s/{Code}/etape/1");

        Assert.Contains("value=\"3\"", step.Html);
        Assert.Matches("value=\"biblio\" checked", step.Html);
        Assert.DoesNotMatch("value=\"REFUS\" checked", step.Html);
    }

    [Fact]
    public async Task Leaving_a_required_question_empty_still_asks_for_an_answer()
    {
        var person = await StartedAsync();

        var step = await person.StepAsync(1, ("q-personnes", "2"));

        Assert.Equal($"/s/{Code}/etape/1", step.Path);
        Assert.Contains("error-message", step.Html);
    }
}
