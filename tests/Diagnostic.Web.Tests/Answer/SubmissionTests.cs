using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Answer;

public sealed class SubmissionTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_same_submission_posted_twice_is_stored_once_and_both_see_the_thanks()
    {
        var person = new Respondent(factory.NewClient());
        var review = await person.AnswerAllAsync();
        var key = review.Hidden("SubmissionKey")!;
        var before = (await factory.ResponsesAsync()).Count(r => r.Status == ResponseStatus.Submitted);

        var first = await person.PostWithTokenAsync("/s/test/verification", review.Token, ("SubmissionKey", key));
        var submittedAt = (await factory.ResponsesAsync()).MaxBy(r => r.Id)!.SubmittedAt;
        var second = await person.PostWithTokenAsync("/s/test/verification", review.Token, ("SubmissionKey", key));

        Assert.Equal("/s/test/merci", first.Path);
        Assert.Equal("/s/test/merci", second.Path);
        var all = await factory.ResponsesAsync();
        Assert.Equal(before + 1, all.Count(r => r.Status == ResponseStatus.Submitted));
        var mine = all.MaxBy(r => r.Id)!;
        Assert.Equal(submittedAt, mine.SubmittedAt);
        Assert.EndsWith(":" + key, mine.SubmissionKey);
        Assert.InRange(mine.SubmissionKey!.Length, 1, 64); // the column's length, which PostgreSQL enforces
    }

    [Fact]
    public async Task Going_back_after_submitting_cannot_change_the_stored_answers()
    {
        var person = new Respondent(factory.NewClient());
        await person.AnswerAllAsync();
        var oldStep = await person.GetAsync("/s/test/etape/1"); // the page the back button shows
        await person.PostAsync("/s/test/verification");
        var before = (await factory.ResponsesAsync()).MaxBy(r => r.Id)!;

        var page = await person.PostWithTokenAsync("/s/test/etape/1", oldStep.Token, ("q-age", "35+"));

        Assert.Equal("/s/test/merci", page.Path);
        var after = (await factory.ResponsesAsync()).Single(r => r.Id == before.Id);
        Assert.Equal("14-34", after.Answers["age"]);
    }

    [Fact]
    public async Task Twenty_people_submitting_at_once_are_all_stored()
    {
        var before = (await factory.ResponsesAsync()).Count(r => r.Status == ResponseStatus.Submitted);
        var people = Enumerable.Range(0, 20).Select(_ => new Respondent(factory.NewClient())).ToList();

        var pages = await Task.WhenAll(people.Select(p => p.CompleteAsync()));

        Assert.All(pages, p => Assert.Equal((HttpStatusCode.OK, "/s/test/merci"), (p.Status, p.Path)));
        var submitted = (await factory.ResponsesAsync()).Count(r => r.Status == ResponseStatus.Submitted);
        Assert.Equal(before + 20, submitted);
    }

    [Fact]
    public async Task A_resume_code_brings_a_person_back_to_where_they_stopped()
    {
        var first = new Respondent(factory.NewClient());
        await first.StartAsync("sud");
        var step2 = await first.StepAsync(1, ("q-age", "35+"));
        var code = System.Text.RegularExpressions.Regex.Match(step2.Html, "id=\"resume-code-value\">([^<]+)<").Groups[1].Value;

        var later = new Respondent(factory.NewClient()); // another device: no cookie
        var wrong = await later.PostAsync("/s/test/reprendre", ("resumeCode", "AAAA AAAA"));
        var resumed = await later.PostAsync("/s/test/reprendre", ("resumeCode", code.ToLowerInvariant()));

        Assert.Contains("Ce code ne correspond à aucun questionnaire en cours", wrong.Text);
        Assert.Equal("/s/test/etape/2", resumed.Path);
        Assert.Contains(code, resumed.Html);
        var back = await later.GetAsync("/s/test/etape/1");
        Assert.Contains("value=\"35+\" checked", back.Text);
    }

    [Fact]
    public async Task A_required_answer_skipped_on_an_earlier_page_blocks_the_submission_on_the_review_page()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();
        await person.StepAsync(2, ("q-fier", "4"));

        var page = await person.PostAsync("/s/test/verification");

        Assert.Equal("/s/test/verification", page.Path);
        Assert.Contains("href=\"#q-age\"", page.Html);
        Assert.Contains("Répondez à cette question.", page.Text);
        Assert.Equal(ResponseStatus.Draft, (await factory.ResponsesAsync()).MaxBy(r => r.Id)!.Status);
    }
}
