using System.Net;
using System.Text.RegularExpressions;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Admin.Partners;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>
/// The membership form an organisation fills in from a single-use link: the privacy consent is required, sharing the
/// contact is a separate unticked choice, and the withdrawal link hides the contact at once.
/// </summary>
public sealed partial class MembershipTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task A_form_without_the_privacy_consent_is_refused_with_the_field_and_nothing_is_stored()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var link = await IssueAsync(w);
        var visitor = new Respondent(factory.CreateClient());

        var form = await visitor.GetAsync(link);
        var page = await visitor.PostWithTokenAsync(link, form.Token, Fields("Maison de quartier", consent: false, share: true));

        Assert.DoesNotContain("checked", Regex.Match(form.Html, "<input[^>]*id=\"ShareContact\"[^>]*>").Value);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Consentement : cochez la case d’acceptation", page.Text);
        Assert.Contains("href=\"#PrivacyConsent\"", page.Html);
        var stored = await factory.WithDbAsync(db => db.PartnerOrganisations.SingleAsync(o => o.Id == w.LocalId));
        Assert.Equal(("", null, true), (stored.ContactPhone, stored.JoinedAt, stored.ShareContact));
        Assert.Null(await factory.WithDbAsync(db => db.MembershipInvitations.OrderByDescending(i => i.Id).Select(i => i.UsedAt).FirstAsync()));
    }

    [Fact]
    public async Task The_organisation_fills_in_its_card_once_and_withdrawing_the_sharing_hides_its_contact_from_members_at_once()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var type = await db.ComiteVoterTypes.SingleAsync(t => t.ComiteId == w.Comite.ComiteId && t.Code == "communautaire");
            db.ComiteMembers.Add(new() { ComiteId = w.Comite.ComiteId, DisplayName = "Rita", OrganisationId = w.LocalId, VoterTypeId = type.Id });
            var local = await db.PartnerOrganisations.SingleAsync(o => o.Id == w.LocalId);
            local.ShareContact = false;
            return await db.SaveChangesAsync();
        });
        var link = await IssueAsync(w);
        var visitor = new Respondent(factory.CreateClient());

        var form = await visitor.GetAsync(link);
        var done = await visitor.PostWithTokenAsync(link, form.Token, Fields("Maison de quartier", consent: true, share: true));
        var again = await visitor.GetAsync(link);
        var shared = await w.Comite.Citizen.Browser().GetAsync($"/comite/{w.Comite.ComiteId}/membres");
        var withdraw = WithdrawPattern().Match(done.Html).Groups[1].Value;
        var confirm = await visitor.GetAsync(withdraw);
        await visitor.PostWithTokenAsync(withdraw, confirm.Token);
        var hidden = await w.Comite.Citizen.Browser().GetAsync($"/comite/{w.Comite.ComiteId}/membres");

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Contains("819-555-0101", shared.Text);
        Assert.Contains("Ne plus montrer nos coordonnées", confirm.Text);
        Assert.DoesNotContain("819-555-0101", hidden.Text);
        var stored = await factory.WithDbAsync(db => db.PartnerOrganisations.SingleAsync(o => o.Id == w.LocalId));
        Assert.Equal(("819-555-0101", false, PartnerNetwork.Sante), (stored.ContactPhone, stored.ShareContact, stored.Network));
        Assert.NotNull(stored.JoinedAt);
    }

    [Fact]
    public async Task A_second_post_of_the_same_link_creates_and_overwrites_nothing()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var link = await IssueAsync(w);
        var visitor = new Respondent(factory.CreateClient());
        var form = await visitor.GetAsync(link);
        var first = await visitor.PostWithTokenAsync(link, form.Token, Fields("Maison de quartier", consent: true, share: true));
        var before = await factory.WithDbAsync(db => db.PartnerOrganisations.CountAsync());

        var second = await visitor.PostWithTokenAsync(link, form.Token,
            [.. Fields("Maison de quartier", consent: true, share: false).Where(f => f.Item1 != "Input.ContactPhone"), ("Input.ContactPhone", "819-555-0202")]);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (first.Status, second.Status));
        Assert.Equal(before, await factory.WithDbAsync(db => db.PartnerOrganisations.CountAsync()));
        var stored = await factory.WithDbAsync(db => db.PartnerOrganisations.SingleAsync(o => o.Id == w.LocalId));
        Assert.Equal(("819-555-0101", true), (stored.ContactPhone, stored.ShareContact));
    }

    [Fact]
    public async Task A_link_found_usable_but_used_meanwhile_by_another_post_cannot_be_claimed()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var token = (await IssueAsync(w))["/adhesion/".Length..];
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var links = first.ServiceProvider.GetRequiredService<MembershipLinks>();
        var invitation = (await links.FindUsableAsync(token, default))!;

        var claimedElsewhere = await second.ServiceProvider.GetRequiredService<MembershipLinks>().ClaimAsync(invitation.Id, DateTimeOffset.UtcNow, default);
        var claimedHere = await links.ClaimAsync(invitation.Id, DateTimeOffset.UtcNow, default);

        Assert.Null(invitation.UsedAt); // what the first post read: usable
        Assert.Equal((true, false), (claimedElsewhere, claimedHere));
    }

    [Fact]
    public async Task An_expired_link_opens_nothing()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var link = await IssueAsync(w);
        await factory.WithDbAsync(db => db.MembershipInvitations.ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var page = await new Respondent(factory.CreateClient()).GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    /// <summary>The organisatrice creates the link on the organisation's card; it is shown once.</summary>
    private static async Task<string> IssueAsync(OrganisationWorld w)
    {
        var page = await ComiteWorld.PostAsync(w.Comite.Organizer, $"/admin/partenaires/fiche/{w.LocalId}", "Link");
        var link = LinkPattern().Match(page.Html).Groups[1].Value;
        Assert.StartsWith("/adhesion/", link);
        return link;
    }

    private static (string, string)[] Fields(string name, bool consent, bool share)
    {
        var fields = new List<(string, string)>
        {
            ("Input.Name", name), ("Input.Network", "Sante"), ("Input.Served", "nord"), ("Input.ContactPerson", "Rita Lemieux"),
            ("Input.ContactEmail", "rita@maison.test"), ("Input.ContactPhone", "819-555-0101"),
        };
        if (consent) fields.Add(("PrivacyConsent", "true"));
        if (share) fields.Add(("ShareContact", "true"));
        return [.. fields];
    }

    [GeneratedRegex("id=\"membership-link\">https?://[^/]+(/adhesion/[^<]+)<")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("id=\"withdraw-link\" href=\"https?://[^/]+(/adhesion/retrait/[^\"]+)\"")]
    private static partial Regex WithdrawPattern();
}
