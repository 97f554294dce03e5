using System.Net;
using System.Text.RegularExpressions;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Exchange;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Partners;

public sealed partial class InvitationTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private async Task<(string Code, HttpClient Organizer, List<string> Codes)> IssueAsync(int organisations)
    {
        var code = await factory.NewPartnerCollecteAsync();
        var ids = await factory.AddOrganisationsAsync(Enumerable.Range(1, organisations).Select(i => "Org" + i).ToArray());
        var organizer = await factory.OrganizerAsync(code);
        var page = await new Respondent(organizer).PostAsync($"/admin/collectes/{code}/invitations?handler=Issue",
            ids.Select(id => ("OrganisationIds", id.ToString())).ToArray());
        var codes = CodePattern().Matches(page.Html).Select(m => m.Groups[1].Value).ToList();
        return (code, organizer, codes);
    }

    private static async Task<Respondent.Page> AnswerAsync(Respondent partner, string invitationCode)
    {
        await partner.PostAsync($"/s/{partner.Code}/invitation", ("invitationCode", invitationCode));
        await partner.PostAsync($"/s/{partner.Code}", ("Consent", "true"), ("AgeConfirmed", "true"));
        await partner.PostAsync($"/s/{partner.Code}/quartier", ("neighbourhood", "nord"));
        await partner.StepAsync(1, ("q-taille", "petite"));
        return await partner.PostAsync($"/s/{partner.Code}/verification");
    }

    [Fact]
    public async Task Codes_are_shown_once_and_only_their_hash_is_stored()
    {
        var (code, organizer, codes) = await IssueAsync(2);

        Assert.Equal(2, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$", c));
        var hashes = await factory.WithDbAsync(db => db.PartnerInvitations.Where(i => i.Collecte!.PublicCode == code).Select(i => i.CodeHash).ToListAsync());
        Assert.DoesNotContain(hashes, h => codes.Any(c => h.Contains(c.Replace("-", ""))));
        var later = await new Respondent(organizer).GetAsync($"/admin/collectes/{code}/invitations");
        Assert.DoesNotContain(codes[0], later.Html);
    }

    [Fact]
    public async Task A_partner_collecte_asks_for_the_invitation_code_before_consent()
    {
        var (code, _, _) = await IssueAsync(1);
        var partner = new Respondent(factory.NewClient(), code);

        var page = await partner.GetAsync($"/s/{code}");

        Assert.Equal($"/s/{code}/invitation", page.Path);
        Assert.Contains("Code d'invitation", page.Text);
    }

    [Fact]
    public async Task An_invitation_code_works_once_and_the_second_use_is_refused()
    {
        var (code, _, codes) = await IssueAsync(1);

        var thanks = await AnswerAsync(new Respondent(factory.NewClient(), code), codes[0].ToLowerInvariant());
        var second = await new Respondent(factory.NewClient(), code).PostAsync($"/s/{code}/invitation", ("invitationCode", codes[0]));

        Assert.Equal($"/s/{code}/merci", thanks.Path);
        Assert.Contains("n'est pas valide ou a déjà été utilisé", second.Text);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Responses.CountAsync(r => r.Collecte!.PublicCode == code && r.Status == ResponseStatus.Submitted)));
    }

    [Fact]
    public async Task Consent_without_a_valid_code_starts_no_draft()
    {
        var (code, _, _) = await IssueAsync(1);
        var partner = new Respondent(factory.NewClient(), code);

        var page = await partner.PostAsync($"/s/{code}", ("Consent", "true"), ("AgeConfirmed", "true"));

        Assert.Equal($"/s/{code}/invitation", page.Path);
        Assert.Equal(0, await factory.CountResponsesAsync(code));
    }

    [Fact]
    public async Task Two_people_holding_the_same_code_cannot_both_start()
    {
        var (code, _, codes) = await IssueAsync(1);
        var first = new Respondent(factory.NewClient(), code);
        var second = new Respondent(factory.NewClient(), code);
        await first.PostAsync($"/s/{code}/invitation", ("invitationCode", codes[0]));
        await second.PostAsync($"/s/{code}/invitation", ("invitationCode", codes[0]));

        var started = await first.PostAsync($"/s/{code}", ("Consent", "true"), ("AgeConfirmed", "true"));
        var refused = await second.PostAsync($"/s/{code}", ("Consent", "true"), ("AgeConfirmed", "true"));

        Assert.Equal($"/s/{code}/quartier", started.Path);
        Assert.Equal($"/s/{code}/invitation", refused.Path);
        Assert.Equal(1, await factory.CountResponsesAsync(code));
    }

    [Fact]
    public async Task The_organizer_sees_who_has_answered_but_not_what()
    {
        var (code, organizer, codes) = await IssueAsync(3);
        await AnswerAsync(new Respondent(factory.NewClient(), code), codes[0]);
        var started = new Respondent(factory.NewClient(), code);
        await started.PostAsync($"/s/{code}/invitation", ("invitationCode", codes[1]));
        await started.PostAsync($"/s/{code}", ("Consent", "true"), ("AgeConfirmed", "true"));

        var page = await new Respondent(organizer).GetAsync($"/admin/collectes/{code}/invitations");

        Assert.Contains("1 organisations sur 3 invitées ont répondu", page.Text);
        Assert.Single(Regex.Matches(page.Html, "status-answered"));
        Assert.Single(Regex.Matches(page.Html, "status-started"));
        Assert.Single(Regex.Matches(page.Html, "status-notused"));
        Assert.DoesNotContain("petite", page.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_revoked_code_is_refused()
    {
        var (code, organizer, codes) = await IssueAsync(1);
        var id = await factory.WithDbAsync(db => db.PartnerInvitations.Where(i => i.Collecte!.PublicCode == code).Select(i => i.Id).SingleAsync());
        await new Respondent(organizer).PostAsync($"/admin/collectes/{code}/invitations?handler=Revoke", ("invitationId", id.ToString()));

        var page = await new Respondent(factory.NewClient(), code).PostAsync($"/s/{code}/invitation", ("invitationCode", codes[0]));

        Assert.Contains("n'est pas valide", page.Text);
    }

    [Fact]
    public async Task A_citizen_collecte_asks_for_no_code()
    {
        var code = await factory.NewCollecteAsync();

        var page = await new Respondent(factory.NewClient(), code).ConsentAsync();

        Assert.Equal($"/s/{code}/quartier", page.Path);
    }

    [GeneratedRegex("<td class=\"code\">([^<]+)</td>")]
    private static partial Regex CodePattern();
}
