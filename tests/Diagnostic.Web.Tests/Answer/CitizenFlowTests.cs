using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Answer;

public sealed class CitizenFlowTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private Respondent NewRespondent() => new(factory.NewClient());

    [Fact]
    public async Task A_citizen_answers_every_step_and_the_response_is_stored_as_submitted()
    {
        var person = NewRespondent();
        var welcome = await person.GetAsync("/s/test");
        Assert.Contains("<html lang=\"fr\">", welcome.Html);
        Assert.DoesNotContain("checked", welcome.Html); // both consents start unticked

        var neighbourhood = await person.ConsentAsync();
        Assert.Equal("/s/test/quartier", neighbourhood.Path);
        Assert.Contains("Étape 1 sur 5", neighbourhood.Text);
        Assert.Contains("Où habitez-vous? Choisissez votre quartier.", neighbourhood.Text);

        var step1 = await person.PostAsync("/s/test/quartier", ("neighbourhood", "sud"));
        Assert.Equal("/s/test/etape/1", step1.Path);
        Assert.Contains("Étape 2 sur 5", step1.Text);
        Assert.Contains("<legend id=\"q-age-legend\">", step1.Html);
        Assert.Matches("id=\"resume-code-value\">[A-Z2-9]{4} [A-Z2-9]{4}<", step1.Html);

        await person.StepAsync(1, ("q-annees", "3,0"), ("q-age", "35+"));
        var step2 = await person.GetAsync("/s/test/etape/2");
        Assert.Contains("Je ne sais pas", step2.Text); // the scale's "don't know" is offered
        await person.StepAsync(2, ("q-fier", "NSP"), ("q-lieux", "biblio"), ("q-lieux", "parc"));
        var review = await person.StepAsync(3, ("q-top-1", "securite"), ("q-top-2", "logement"));
        Assert.Equal("/s/test/verification", review.Path);
        Assert.Contains("Vérifiez vos réponses", review.Text);
        Assert.Contains("Un parc, La bibliothèque", review.Text);
        Assert.Contains("href=\"/s/test/etape/2#q-fier\"", review.Html);

        var thanks = await person.PostAsync("/s/test/verification");
        Assert.Equal("/s/test/merci", thanks.Path);
        Assert.Contains("Merci, vos réponses sont enregistrées", thanks.Text);
        Assert.Contains("forum", thanks.Text);

        var stored = (await factory.ResponsesAsync()).MaxBy(r => r.Id)!;
        Assert.Equal(ResponseStatus.Submitted, stored.Status);
        Assert.Equal("sud", stored.NeighbourhoodCode);
        Assert.Equal("fr", stored.Language);
        Assert.NotNull(stored.SubmittedAt);
        Assert.Null(stored.ResumeCodeHash);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["age"] = "35+",
                ["annees"] = "3.0",
                ["fier"] = "NSP",
                ["lieux"] = "parc|biblio",
                ["top"] = "securite>logement",
            },
            stored.Answers);
        Assert.Equal(["age", "annees", "fier", "lieux", "top"], stored.Answers.Keys); // file order, whatever the pages' order
    }

    [Fact]
    public async Task The_analysis_stream_reads_submitted_answers_in_questionnaire_order_and_skips_drafts()
    {
        await NewRespondent().CompleteAsync();
        await NewRespondent().AnswerAllAsync(); // a draft, never submitted
        var questionnaire = QuestionnaireReader.Read(TestQuestionnaire.Yaml, "test.yaml").Questionnaire!;

        var records = await factory.WithDbAsync(async db =>
        {
            var collecte = db.Collectes.Single(s => s.PublicCode == DiagnosticWebFactory.OpenCode);
            var list = new List<Diagnostic.Core.Responses.ResponseRecord>();
            await foreach (var record in ResponseStream.ReadSubmittedAsync(db, collecte.Id, questionnaire)) list.Add(record);
            return list;
        });

        Assert.All(records, r => Assert.Equal(Audience.Citizen, r.Audience));
        var last = records[^1];
        Assert.Equal("nord", last.Neighbourhood);
        Assert.Equal(["14-34", "12", "3", "parc|autre", "Le marché", "transport>logement"], last.Values);
        var drafts = (await factory.ResponsesAsync()).Count(r => r.Status == ResponseStatus.Draft);
        Assert.Equal((await factory.ResponsesAsync()).Count - drafts, records.Count);
    }

    [Fact]
    public async Task Without_both_consents_nothing_is_stored_and_each_box_says_why()
    {
        var before = (await factory.ResponsesAsync()).Count;
        var page = await NewRespondent().PostAsync("/s/test", ("Consent", "true"));

        Assert.Equal("/s/test", page.Path);
        Assert.Contains("href=\"#age\"", page.Html);
        Assert.Contains("Cochez la case pour confirmer que vous avez 14 ans ou plus.", page.Text);
        Assert.Equal(before, (await factory.ResponsesAsync()).Count);
    }

    [Fact]
    public async Task A_neighbourhood_outside_the_collecte_is_refused_next_to_the_list()
    {
        var person = NewRespondent();
        await person.ConsentAsync();
        var page = await person.PostAsync("/s/test/quartier", ("neighbourhood", "ailleurs"));

        Assert.Equal("/s/test/quartier", page.Path);
        Assert.Contains("href=\"#neighbourhood\"", page.Html);
        Assert.Contains("Ce choix ne fait pas partie de cette collecte. Choisissez votre quartier dans la liste.", page.Text);
        Assert.DoesNotContain(await factory.ResponsesAsync(), r => r.NeighbourhoodCode == "ailleurs");
    }
}
