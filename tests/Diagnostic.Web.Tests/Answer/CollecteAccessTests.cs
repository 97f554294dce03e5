using System.Net;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Answer;

public sealed class CollecteAccessTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/s/inconnue")]
    [InlineData("/s/fermee")]
    [InlineData("/s/fermee/etape/1")]
    public async Task An_unknown_or_closed_collecte_is_a_404_that_explains_in_french(string path)
    {
        var page = await new Respondent(factory.NewClient()).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Cette collecte n'est pas ouverte", page.Text);
    }

    [Fact]
    public async Task Consent_to_a_closed_collecte_stores_nothing()
    {
        var before = (await factory.ResponsesAsync()).Count;
        var person = new Respondent(factory.NewClient(), DiagnosticWebFactory.ClosedCode);
        var token = (await person.GetAsync("/s/test")).Token; // a valid token from an open page

        var page = await person.PostWithTokenAsync("/s/fermee", token, ("Consent", "true"), ("AgeConfirmed", "true"));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(before, (await factory.ResponsesAsync()).Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("CfDJ8-not-a-real-token")]
    public async Task A_post_without_a_valid_antiforgery_token_is_refused_with_400(string? token)
    {
        var before = (await factory.ResponsesAsync()).Count;
        var person = new Respondent(factory.NewClient());
        await person.GetAsync("/s/test");

        var page = await person.PostWithTokenAsync("/s/test", token, ("Consent", "true"), ("AgeConfirmed", "true"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("La demande n'a pas pu être traitée", page.Text);
        Assert.Equal(before, (await factory.ResponsesAsync()).Count);
    }

    [Fact]
    public async Task A_step_before_consent_sends_the_person_to_the_welcome_page()
    {
        var page = await new Respondent(factory.NewClient()).GetAsync("/s/test/etape/2");

        Assert.Equal("/s/test", page.Path);
    }

    [Fact]
    public async Task The_language_switch_serves_english_and_remembers_it()
    {
        var person = new Respondent(factory.NewClient());
        var french = await person.GetAsync("/s/test");
        Assert.Contains("href=\"/s/test?lang=en\"", french.Html);

        var english = await person.GetAsync("/s/test?lang=en");
        var next = await person.ConsentAsync();

        Assert.Contains("<html lang=\"en\">", english.Html);
        Assert.Contains("My neighbourhood, test", english.Text);
        Assert.Contains("I agree to answer this questionnaire", english.Text);
        Assert.Contains("<html lang=\"en\">", next.Html);
        Assert.Contains("Where do you live? Choose your neighbourhood.", next.Text);
        Assert.Contains("Step 1 of 5", next.Text);
    }

    [Fact]
    public async Task The_home_page_lists_open_collectes_only()
    {
        var page = await new Respondent(factory.NewClient()).GetAsync("/");

        Assert.Contains("<html lang=\"fr\">", page.Html);
        Assert.Contains("href=\"/s/test\"", page.Html);
        Assert.DoesNotContain("href=\"/s/fermee\"", page.Html);
    }

    [Fact]
    public async Task A_collecte_keeps_the_questionnaire_text_it_was_opened_with_whatever_the_files_say()
    {
        var frozen = TestQuestionnaire.Yaml.Replace("Mon quartier, test", "Version figée de 2025");
        await factory.AddCollecteAsync("figee", frozen);

        var page = await new Respondent(factory.NewClient(), "figee").GetAsync("/s/figee");

        Assert.Contains("Version figée de 2025", page.Text);
        var hashes = await factory.WithDbAsync(db => Task.FromResult(db.QuestionnaireSnapshots.Select(s => s.Hash).ToList()));
        Assert.Contains(Diagnostic.Core.Questionnaires.QuestionnaireReader.SourceHashOf(frozen), hashes);
    }
}
