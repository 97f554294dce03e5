using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Answer;

/// <summary>« Vos réponses sont enregistrées » is said only to a browser that did submit.</summary>
public sealed class ThankYouTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    private const string Recorded = "vos réponses sont enregistrées";

    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_browser_that_never_answered_is_sent_to_the_welcome_page()
    {
        var page = await new Respondent(factory.NewClient()).GetAsync("/s/test/merci");

        Assert.Equal("/s/test", page.Path);
        Assert.DoesNotContain(Recorded, page.Text);
        Assert.Contains("name=\"Consent\"", page.Html);
    }

    [Fact]
    public async Task A_browser_with_an_unfinished_draft_is_not_thanked()
    {
        var person = new Respondent(factory.NewClient());
        await person.AnswerAllAsync();

        var page = await person.GetAsync("/s/test/merci");

        Assert.DoesNotContain(Recorded, page.Text);
        Assert.NotEqual("/s/test/merci", page.Path);
    }

    [Fact]
    public async Task A_browser_that_submitted_is_thanked_and_still_is_on_reload()
    {
        var person = new Respondent(factory.NewClient());

        var thanks = await person.CompleteAsync();
        var again = await person.GetAsync("/s/test/merci");

        Assert.Contains(Recorded, thanks.Text);
        Assert.Contains(Recorded, again.Text);
    }

    [Fact]
    public async Task A_kiosk_thanks_the_person_who_just_submitted_and_nobody_after()
    {
        var kiosk = new Respondent(factory.NewClient());
        (await kiosk.StartKioskAsync()).Dispose();

        var thanks = await kiosk.CompleteAsync();
        var later = await kiosk.GetAsync("/s/test/merci");

        Assert.Equal("/s/test/merci", thanks.Path);
        Assert.Contains(Recorded, thanks.Text);
        Assert.Equal("/s/test", later.Path);
        Assert.DoesNotContain(Recorded, later.Text);
    }
}
