using System.Net;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Partners;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Abuse;

/// <summary>
/// Scripts repeating what a person does once: starting questionnaires, guessing resume codes and invitation codes.
/// Past the limit they get the 429 page with Retry-After and nothing more is stored; other addresses go on.
/// </summary>
public sealed class AnswerRateLimitTests(RateLimitWebFactory factory) : IClassFixture<RateLimitWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> ResponseCountAsync(string code = DiagnosticWebFactory.OpenCode) =>
        factory.WithDbAsync(db => db.Responses.CountAsync(r => r.Collecte!.PublicCode == code));

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var form = await new Respondent(client).GetAsync(path);
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", form.Token ?? "")).ToList();
        return await client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single());
        Assert.InRange(seconds, 1, 300);
        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Trop de demandes en peu de temps", text);
        Assert.Contains("rien n'a été enregistré", text);
        Assert.Contains("puis réessayez", text);
    }

    [Fact]
    public async Task A_burst_of_new_questionnaires_from_one_address_is_refused_past_the_limit_and_stores_nothing_more()
    {
        var address = RateLimitWebFactory.NewAddress();
        var before = await ResponseCountAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitWebFactory.SubmissionsPerAddress; i++)
        {
            using var started = await PostFormAsync(factory.ClientFrom(address, followRedirects: false), "/s/test", ("Consent", "true"), ("AgeConfirmed", "true"));
            statuses.Add(started.StatusCode);
        }
        var afterAllowed = await ResponseCountAsync();
        using var refused = await PostFormAsync(factory.ClientFrom(address), "/s/test", ("Consent", "true"), ("AgeConfirmed", "true"));
        using var refusedAgain = await PostFormAsync(factory.ClientFrom(address), "/s/test", ("Consent", "true"), ("AgeConfirmed", "true"));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal(before + RateLimitWebFactory.SubmissionsPerAddress, afterAllowed);
        await AssertRefusedAsync(refused);
        await AssertRefusedAsync(refusedAgain);
        Assert.Equal(afterAllowed, await ResponseCountAsync());
        // Someone else, on another address, is not affected.
        using var other = await PostFormAsync(factory.ClientFrom(RateLimitWebFactory.NewAddress(), followRedirects: false), "/s/test", ("Consent", "true"), ("AgeConfirmed", "true"));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task A_refused_submission_leaves_the_draft_unsubmitted()
    {
        var address = RateLimitWebFactory.NewAddress();
        var person = new Respondent(factory.ClientFrom(address));
        await person.AnswerAllAsync(); // one permit: consent
        for (var i = 1; i < RateLimitWebFactory.SubmissionsPerAddress; i++)
            await PostFormAsync(factory.ClientFrom(address), "/s/test", ("Consent", "true"), ("AgeConfirmed", "true"));

        var review = await person.GetAsync("/s/test/verification");
        using var submit = await person.Client.PostAsync("/s/test/verification", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SubmissionKey"] = review.Hidden("SubmissionKey")!,
            ["__RequestVerificationToken"] = review.Token!,
        }));

        await AssertRefusedAsync(submit);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Responses.CountAsync(r => r.SubmittedAt != null)));
    }

    [Fact]
    public async Task Guessed_resume_codes_are_refused_past_the_limit_even_the_right_one()
    {
        var owner = new Respondent(factory.ClientFrom(RateLimitWebFactory.NewAddress()));
        var started = await owner.StartAsync();
        var resumeCode = System.Text.RegularExpressions.Regex.Match(started.Html, "id=\"resume-code-value\">([^<]+)<").Groups[1].Value;
        Assert.NotEqual("", resumeCode);
        var address = RateLimitWebFactory.NewAddress();

        var guesses = new List<string>();
        for (var i = 0; i < RateLimitWebFactory.ResumeCodesPerAddress; i++)
        {
            var page = await new Respondent(factory.ClientFrom(address)).PostAsync("/s/test/reprendre", ("resumeCode", $"ZZZZ-ZZZ{i + 2}"));
            guesses.Add(page.Text);
        }
        using var right = await PostFormAsync(factory.ClientFrom(address, followRedirects: false), "/s/test/reprendre", ("resumeCode", resumeCode));
        var rightFromElsewhere = await new Respondent(factory.ClientFrom(RateLimitWebFactory.NewAddress())).PostAsync("/s/test/reprendre", ("resumeCode", resumeCode));

        Assert.All(guesses, text => Assert.Contains("Ce code ne correspond à aucun questionnaire en cours", text));
        await AssertRefusedAsync(right);
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("diag-brouillon-test=", StringComparison.Ordinal));
        Assert.StartsWith("/s/test/", rightFromElsewhere.Path); // the code itself works: only the guessing address is held back
        Assert.NotEqual("/s/test/reprendre", rightFromElsewhere.Path);
    }

    [Fact]
    public async Task One_browser_guessing_resume_codes_is_refused_sooner_whatever_its_address()
    {
        var client = factory.ClientFrom(RateLimitWebFactory.NewAddress());
        await new Respondent(client).StartAsync(); // the browser now has a draft cookie: it is one visitor

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitWebFactory.ResumeCodesPerVisitor; i++)
        {
            client.DefaultRequestHeaders.Remove(RateLimitWebFactory.AddressHeader);
            client.DefaultRequestHeaders.Add(RateLimitWebFactory.AddressHeader, RateLimitWebFactory.NewAddress());
            using var guess = await PostFormAsync(client, "/s/test/reprendre", ("resumeCode", $"YYYY-YYY{i + 2}"));
            statuses.Add(guess.StatusCode);
        }

        Assert.All(statuses.Take(RateLimitWebFactory.ResumeCodesPerVisitor), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses.Last());
    }

    [Fact]
    public async Task Guessed_invitation_codes_are_refused_past_the_limit()
    {
        var code = await factory.NewPartnerCollecteAsync();
        var address = RateLimitWebFactory.NewAddress();

        var guesses = new List<string>();
        for (var i = 0; i < RateLimitWebFactory.InvitationCodesPerAddress; i++)
        {
            var page = await new Respondent(factory.ClientFrom(address), code).PostAsync($"/s/{code}/invitation", ("invitationCode", $"ZZZZZ-ZZZZ{i + 2}"));
            guesses.Add(page.Text);
        }
        using var refused = await PostFormAsync(factory.ClientFrom(address), $"/s/{code}/invitation", ("invitationCode", "ZZZZZ-ZZZZZ"));

        Assert.All(guesses, text => Assert.Contains("n'est pas valide ou a déjà été utilisé", text));
        await AssertRefusedAsync(refused);
        Assert.Equal(0, await ResponseCountAsync(code));
    }

    [Fact]
    public async Task The_refusal_page_is_in_english_for_an_english_reader()
    {
        var address = RateLimitWebFactory.NewAddress();
        var client = factory.ClientFrom(address);
        await client.GetAsync("/s/test/reprendre?lang=en");
        for (var i = 0; i < RateLimitWebFactory.ResumeCodesPerAddress; i++)
            await PostFormAsync(client, "/s/test/reprendre", ("resumeCode", $"XXXX-XXX{i + 2}"));

        using var refused = await PostFormAsync(client, "/s/test/reprendre", ("resumeCode", "XXXX-XXXX"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var text = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Too many requests in a short time", text);
        Assert.Contains("minutes, then try again", text);
    }
}
