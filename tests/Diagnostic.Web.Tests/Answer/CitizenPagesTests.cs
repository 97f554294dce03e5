using System.Text.RegularExpressions;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Answer;

/// <summary>Required questions marked, the review folded by part with « Envoyer » at both ends, the language switch keeping answers.</summary>
public sealed class CitizenPagesTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.SeedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Legend(string html, string questionId) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, $"<legend id=\"q-{questionId}-legend\">(.*?)</legend>", RegexOptions.Singleline).Groups[1].Value);

    [Fact]
    public async Task A_required_question_is_marked_and_optional_ones_are_not_labelled_one_by_one()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();

        var step = await person.GetAsync("/s/test/etape/1");

        Assert.Contains("(obligatoire)", Legend(step.Html, "age"));
        Assert.DoesNotContain("(obligatoire)", Legend(step.Html, "annees"));
        Assert.DoesNotContain("facultatif", step.Text);
        Assert.Contains("Vous pouvez passer une question, sauf si elle est marquée « obligatoire ».", step.Text);
        Assert.DoesNotContain("required-hint", (await person.GetAsync("/s/test/etape/3")).Html);
    }

    [Fact]
    public async Task A_whole_number_question_gets_the_numeric_keypad_and_a_whole_example_in_its_error()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();

        var refused = await person.StepAsync(1, ("q-age", "14-34"), ("q-annees", "trois"));

        Assert.Contains("inputmode=\"numeric\"", refused.Html);
        Assert.Contains("Écrivez un nombre entier en chiffres, par exemple 3.", refused.Text);
        Assert.DoesNotContain("3,5", refused.Text);
    }

    [Fact]
    public async Task The_review_is_folded_by_part_with_the_submit_button_at_the_top_and_the_bottom()
    {
        var person = new Respondent(factory.NewClient());
        var review = await person.AnswerAllAsync();

        var html = review.Html;
        var top = html.IndexOf("id=\"submit-top\"", StringComparison.Ordinal);
        var parts = Regex.Matches(html, "<details class=\"review-section\"[^>]*>");
        var bottom = html.IndexOf("id=\"submit\"", StringComparison.Ordinal);
        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.DoesNotContain(" open", p.Value));
        Assert.True(top > 0 && top < parts[0].Index && bottom > parts[^1].Index, "submit buttons before and after the parts");
        Assert.Contains("2 réponse(s) sur 2 questions", review.Text);
        Assert.Contains("3 réponse(s) sur 3 questions", review.Text);

        // The top button sends like the bottom one.
        var before = await factory.WithDbAsync(db => db.Responses.CountAsync(r => r.Status == ResponseStatus.Submitted));
        var thanks = await person.PostAsync("/s/test/verification", ("SubmissionKey", review.Hidden("SubmissionKey")!));
        Assert.Equal("/s/test/merci", thanks.Path);
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.Responses.CountAsync(r => r.Status == ResponseStatus.Submitted)));
    }

    [Fact]
    public async Task A_part_with_a_problem_is_unfolded_on_the_review()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();
        await person.StepAsync(3, ("q-top-1", "logement"));
        // Age (profil) and fier (vie) are required and were skipped: sending is refused.
        var review = await person.PostAsync("/s/test/verification");

        Assert.Matches("<details class=\"review-section\" id=\"review-part-profil\" open", review.Html);
        Assert.Matches("<details class=\"review-section\" id=\"review-part-vie\" open", review.Html);
        Assert.DoesNotMatch("<details class=\"review-section\" id=\"review-part-priorites\" open", review.Html);
        Assert.Contains("Répondez à cette question.", review.Text);
    }

    [Fact]
    public async Task Switching_language_from_a_step_saves_what_was_typed_and_shows_the_step_in_the_other_language()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();

        var english = await person.StepAsync(1, ("q-age", "14-34"), ("q-annees", "7"), ("switch-language", "en"));

        Assert.Equal("/s/test/etape/1", english.Path);
        Assert.Contains("<html lang=\"en\">", english.Html);
        Assert.Contains("How old are you?", english.Text);
        Assert.Matches("value=\"14-34\"[^>]*checked", english.Html);
        Assert.Contains("value=\"7\"", english.Html);
        var draft = (await factory.WithDbAsync(db => db.Responses.AsNoTracking().OrderBy(r => r.Id).ToListAsync())).Last();
        Assert.Equal("14-34", draft.Answers["age"]);
        Assert.Equal("7", draft.Answers["annees"]);
        // The choice sticks for the next pages.
        Assert.Contains("<html lang=\"en\">", (await person.GetAsync("/s/test/etape/2")).Html);
    }

    [Fact]
    public async Task Switching_language_with_a_refused_answer_shows_it_again_with_its_problem_in_the_other_language()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();

        var english = await person.StepAsync(1, ("q-age", "14-34"), ("q-annees", "douze"), ("switch-language", "en"));

        Assert.Contains("<html lang=\"en\">", english.Html);
        Assert.Contains("Write a whole number in digits, for example 3.", english.Text);
        Assert.Contains("value=\"douze\"", english.Html);
        Assert.Matches("value=\"14-34\"[^>]*checked", english.Html);
    }

    [Fact]
    public async Task Switching_language_on_the_neighbourhood_page_keeps_the_choice_or_simply_switches_before_one()
    {
        var person = new Respondent(factory.NewClient());
        await person.ConsentAsync();

        var nothingYet = await person.PostAsync("/s/test/quartier", ("switch-language", "en"));
        Assert.Equal("/s/test/quartier", nothingYet.Path);
        Assert.Contains("<html lang=\"en\">", nothingYet.Html);
        Assert.DoesNotContain("error-summary", nothingYet.Html);

        var chosen = await person.PostAsync("/s/test/quartier", ("neighbourhood", "sud"), ("switch-language", "fr"));
        Assert.Equal("/s/test/quartier", chosen.Path);
        Assert.Contains("<html lang=\"fr\">", chosen.Html);
        Assert.Matches("value=\"sud\"[^>]*checked", chosen.Html);
        var draft = (await factory.WithDbAsync(db => db.Responses.AsNoTracking().OrderBy(r => r.Id).ToListAsync())).Last();
        Assert.Equal("sud", draft.NeighbourhoodCode);
    }
}
