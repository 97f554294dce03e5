using System.Net;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>Paper questionnaires keyed in by the organisatrice, and the kiosk mode of the answer flow.</summary>
public sealed class PaperAndKioskTests : IDisposable
{
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static readonly (string, string)[] ValidPaper =
    [
        ("neighbourhood", "sud"), ("language", "fr"), ("q-age", "35+"), ("q-annees", "7,5"), ("q-fier", "4"),
        ("q-lieux", "parc"), ("q-top-1", "logement"), ("q-top-2", "securite"),
    ];

    [Fact]
    public async Task A_paper_questionnaire_is_stored_submitted_with_channel_paper_and_the_keyer_only_in_the_audit_log()
    {
        var organizer = await factory.OrganizerAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);

        var page = await organizer.Browser().PostAsync($"/admin/collectes/{id}/papier",
            ValidPaper.Where(f => f.Item1 != "q-annees").Append(("q-annees", "7")).ToArray());

        Assert.True(page.Text.Contains("Le questionnaire papier est enregistré."), System.Text.RegularExpressions.Regex.Match(page.Text, "error-summary[\\s\\S]*?</div>").Value);
        var response = (await factory.ResponsesAsync()).Single();
        Assert.Equal(ResponseChannel.Paper, response.Channel);
        Assert.Equal(ResponseStatus.Submitted, response.Status);
        Assert.Equal("sud", response.NeighbourhoodCode);
        Assert.Equal(new Dictionary<string, string> { ["age"] = "35+", ["annees"] = "7", ["fier"] = "4", ["lieux"] = "parc", ["top"] = "logement>securite" }, response.Answers);
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.ResponsePaperEntered));
        Assert.Equal(organizer.UserId, entry.ActorUserId);
        Assert.Equal(id.ToString(), entry.TargetId);
        Assert.DoesNotContain(response.PublicId, entry.Details ?? "");
    }

    [Fact]
    public async Task Two_posts_of_the_same_paper_form_store_one_questionnaire_and_both_say_it_is_saved()
    {
        var organizer = await factory.OrganizerAsync();
        var path = $"/admin/collectes/{await factory.IdOfAsync(DiagnosticWebFactory.OpenCode)}/papier";
        var browser = organizer.Browser();
        var form = await browser.GetAsync(path);
        var entry = form.Hidden("entry")!;
        var fields = ValidPaper.Where(f => f.Item1 != "q-annees").Append(("q-annees", "7")).Append(("entry", entry)).ToArray();

        var first = await browser.PostWithTokenAsync(path, form.Token, fields);
        var second = await browser.PostWithTokenAsync(path, form.Token, fields);

        Assert.True(Guid.TryParse(entry, out _), entry);
        Assert.Contains("Le questionnaire papier est enregistré.", first.Text);
        Assert.Contains("Le questionnaire papier est enregistré.", second.Text);
        Assert.Equal(entry, Assert.Single(await factory.ResponsesAsync()).PublicId);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ResponsePaperEntered)));
        Assert.NotEqual(entry, first.Hidden("entry")); // the next blank form is the next questionnaire
    }

    [Fact]
    public async Task Two_posts_of_the_same_paper_form_at_once_store_one_questionnaire()
    {
        var organizer = await factory.OrganizerAsync();
        var path = $"/admin/collectes/{await factory.IdOfAsync(DiagnosticWebFactory.OpenCode)}/papier";
        var browser = organizer.Browser();
        var form = await browser.GetAsync(path);
        var fields = ValidPaper.Where(f => f.Item1 != "q-annees").Append(("q-annees", "7")).Append(("entry", form.Hidden("entry")!)).ToArray();

        var pages = await Task.WhenAll(browser.PostWithTokenAsync(path, form.Token, fields), browser.PostWithTokenAsync(path, form.Token, fields));

        Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.Status));
        Assert.Single(await factory.ResponsesAsync());
    }

    [Fact]
    public async Task A_paper_form_shown_again_with_errors_keeps_its_entry_key()
    {
        var organizer = await factory.OrganizerAsync();
        var path = $"/admin/collectes/{await factory.IdOfAsync(DiagnosticWebFactory.OpenCode)}/papier";
        var browser = organizer.Browser();
        var form = await browser.GetAsync(path);
        var entry = form.Hidden("entry")!;

        var refused = await browser.PostWithTokenAsync(path, form.Token,
            ValidPaper.Where(f => f.Item1 != "neighbourhood").Append(("entry", entry)).ToArray());

        Assert.Contains("error-summary", refused.Html);
        Assert.Equal(entry, refused.Hidden("entry"));
        Assert.Empty(await factory.ResponsesAsync());
    }

    [Fact]
    public async Task A_paper_answer_keyed_with_a_leading_tab_is_stored_as_keyed_not_as_a_formula()
    {
        var organizer = await factory.OrganizerAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);

        await organizer.Browser().PostAsync($"/admin/collectes/{id}/papier",
            ValidPaper.Where(f => f.Item1 is not ("q-annees" or "q-lieux")).Concat([("q-lieux", "autre"), ("q-lieux_autre", " \t=1+1 ")]).ToArray());

        Assert.Equal("\t=1+1", (await factory.ResponsesAsync()).Single().Answers["lieux_autre"]);
    }

    [Theory]
    [InlineData("q-age", "", "q-age", "Répondez à cette question.")]
    [InlineData("q-annees", "7,5", "q-annees", "Écrivez un nombre entier, sans décimale.")]
    [InlineData("q-annees", "sept", "q-annees", "Écrivez un nombre entier en chiffres, par exemple 3.")]
    [InlineData("q-lieux_autre", "Le marché", "q-lieux_autre", "Cette question ne s'applique pas selon vos réponses précédentes")]
    [InlineData("neighbourhood", "ailleurs", "neighbourhood", "Choisissez le milieu indiqué sur le questionnaire (quartier).")]
    public async Task A_paper_questionnaire_is_checked_like_the_citizen_flow_and_nothing_is_stored_on_error(
        string field, string value, string fieldId, string message)
    {
        var organizer = await factory.OrganizerAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);
        var fields = ValidPaper.Where(f => f.Item1 != field).Append((field, value)).ToArray();

        var page = await organizer.Browser().PostAsync($"/admin/collectes/{id}/papier", fields);

        Assert.Contains(message, page.Text);
        Assert.Contains($"href=\"#{fieldId}\"", page.Html);
        Assert.Empty(await factory.ResponsesAsync());
    }

    [Fact]
    public async Task A_whole_number_question_on_paper_entry_opens_the_numeric_keypad_and_its_error_gives_no_decimal_example()
    {
        var organizer = await factory.OrganizerAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);

        var form = await organizer.Browser().GetAsync($"/admin/collectes/{id}/papier");
        var page = await organizer.Browser().PostAsync($"/admin/collectes/{id}/papier",
            ValidPaper.Where(f => f.Item1 != "q-annees").Append(("q-annees", "sept")).ToArray());

        Assert.Matches("<input type=\"text\" inputmode=\"numeric\" class=\"input-number\" id=\"q-annees\"", form.Html);
        Assert.DoesNotContain("3,5", page.Text);
    }

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Single(v => v.StartsWith(name + "=", StringComparison.Ordinal)) : "";

    [Fact]
    public async Task The_kiosk_keeps_no_persistent_cookie_and_clears_the_draft_at_submission()
    {
        await factory.SeedAsync();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var kiosk = new Respondent(client);

        using var start = await kiosk.StartKioskAsync();
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal("/s/test", start.Headers.Location?.OriginalString);
        var marker = SetCookie(start, "diag-kiosque-test");
        Assert.DoesNotContain("expires", marker, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("max-age", marker, StringComparison.OrdinalIgnoreCase);

        var welcome = await kiosk.GetAsync("/s/test");
        Assert.Contains("autocomplete=\"off\"", welcome.Html);
        using var consent = await client.PostAsync("/s/test", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Consent"] = "true", ["AgeConfirmed"] = "true", ["__RequestVerificationToken"] = welcome.Token!,
        }));
        var draft = SetCookie(consent, "diag-brouillon-test");
        Assert.NotEqual("", draft);
        Assert.DoesNotContain("expires", draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("max-age", draft, StringComparison.OrdinalIgnoreCase);

        await kiosk.PostAsync("/s/test/quartier", ("neighbourhood", "nord"));
        await kiosk.StepAsync(1, ("q-age", "14-34"));
        await kiosk.StepAsync(2, ("q-fier", "3"));
        await kiosk.StepAsync(3);
        var review = await kiosk.GetAsync("/s/test/verification");
        using var submit = await client.PostAsync("/s/test/verification", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SubmissionKey"] = review.Hidden("SubmissionKey")!, ["__RequestVerificationToken"] = review.Token!,
        }));
        Assert.Contains("expires=Thu, 01 Jan 1970", SetCookie(submit, "diag-brouillon-test"));

        using var thanks = await client.GetAsync("/s/test/merci");
        Assert.Equal("15; url=/s/test", thanks.Headers.GetValues("Refresh").Single());
        Assert.Contains("id=\"next-person\" href=\"/s/test\"", await thanks.Content.ReadAsStringAsync());
        Assert.Contains("Personne suivante", WebUtility.HtmlDecode(await thanks.Content.ReadAsStringAsync()));
        var response = (await factory.ResponsesAsync()).Single();
        Assert.Equal(ResponseChannel.Kiosk, response.Channel);
        Assert.Equal(ResponseStatus.Submitted, response.Status);
    }

    [Fact]
    public async Task The_next_person_at_the_kiosk_starts_fresh_even_if_the_previous_one_left_midway()
    {
        await factory.SeedAsync();
        var kiosk = new Respondent(factory.NewClient());
        (await kiosk.StartKioskAsync()).Dispose();
        await kiosk.StartAsync();

        using var restart = await kiosk.StartKioskAsync();
        var next = await kiosk.GetAsync("/s/test");

        Assert.Equal("/s/test", restart.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.DoesNotContain("continue-box", next.Html);
        Assert.Equal(ResponseChannel.Kiosk, (await factory.ResponsesAsync()).Single().Channel);
    }

    [Fact]
    public async Task Without_kiosk_mode_the_thank_you_page_does_not_send_anyone_back()
    {
        await factory.SeedAsync();
        var person = new Respondent(factory.NewClient());

        var thanks = await person.CompleteAsync();

        Assert.Equal("/s/test/merci", thanks.Path);
        Assert.DoesNotContain("Personne suivante", thanks.Text);
        Assert.Equal(ResponseChannel.Web, (await factory.ResponsesAsync()).Single().Channel);
    }

    [Fact]
    public async Task The_kiosk_of_an_unknown_or_closed_collecte_is_not_found()
    {
        await factory.SeedAsync();
        var client = factory.NewClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kiosque/fermee")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kiosque/inconnue")).StatusCode);
        var token = (await new Respondent(client).GetAsync("/kiosque/test")).Token!;
        using var post = await client.PostAsync("/kiosque/fermee", new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
