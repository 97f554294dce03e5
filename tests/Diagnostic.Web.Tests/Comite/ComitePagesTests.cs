using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>Each comité page for each kind of person: members and organisatrices read it, others get 404, only organisatrices edit.</summary>
public sealed class ComitePagesTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private static IEnumerable<string> Paths(ComiteWorld w) =>
    [
        $"/comite/{w.ComiteId}", $"/comite/annee/{w.CycleId}", $"/comite/annee/{w.CycleId}/candidats",
        $"/comite/annee/{w.CycleId}/cibles", w.RoundPath(w.DotsRoundId), w.RoundPath(w.CriteriaRoundId), w.RoundPath(w.PaperRoundId),
    ];

    [Fact]
    public async Task Members_organisatrices_and_admins_open_every_page_and_a_member_of_another_comite_gets_404()
    {
        var w = await ComiteWorld.CreateAsync(factory);
        var admin = await factory.SignInAsAsync(Roles.Admin);
        foreach (var path in Paths(w))
        {
            foreach (var who in new[] { w.Citizen, w.Organizer, admin })
                Assert.True(HttpStatusCode.OK == (await who.Browser().GetAsync(path)).Status, $"{path} as {who.Email}");
            Assert.Equal(HttpStatusCode.NotFound, (await w.Outsider.Browser().GetAsync(path)).Status);
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var w = await ComiteWorld.CreateAsync(factory);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/comite/annee/{w.CycleId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task The_comite_list_shows_a_member_only_her_comites()
    {
        var w = await ComiteWorld.CreateAsync(factory);

        var mine = await w.Citizen.Browser().GetAsync("/comite");
        var theirs = await w.Outsider.Browser().GetAsync("/comite");

        Assert.Contains("Comité Ville-Test", mine.Text);
        Assert.DoesNotContain("Autre comité", mine.Text);
        Assert.Contains("Autre comité", theirs.Text);
        Assert.DoesNotContain("create-comite", mine.Html);
    }

    [Fact]
    public async Task Members_cannot_edit_the_comite_or_the_year()
    {
        var w = await ComiteWorld.CreateAsync(factory);

        var cycle = await ComiteWorld.PostAsync(w.Citizen, $"/comite/{w.ComiteId}", "Cycle", ("YearLabel", "2027-2028"));
        var close = await ComiteWorld.PostAsync(w.Citizen, w.RoundPath(w.DotsRoundId), "Close");
        var enjeu = await ComiteWorld.PostAsync(w.Citizen, $"/comite/annee/{w.CycleId}/candidats", "Enjeu", ("Wording", "Parcs"));

        Assert.Equal(HttpStatusCode.Forbidden, cycle.Status);
        Assert.Equal(HttpStatusCode.Forbidden, close.Status);
        Assert.Equal(HttpStatusCode.Forbidden, enjeu.Status);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ComiteCycles.CountAsync(c => c.ComiteId == w.ComiteId)));
        Assert.True(await factory.WithDbAsync(db => db.VotingRounds.Where(r => r.Id == w.DotsRoundId).Select(r => r.Status == VotingRoundStatus.Open).SingleAsync()));
    }

    [Fact]
    public async Task An_organisatrice_creates_a_comite_with_the_default_voter_types_a_year_and_a_seat()
    {
        await factory.SeedAsync();
        var oc = await factory.SignInAsAsync(Roles.Organizer);
        var member = await factory.SignInAsAsync(Roles.Committee);
        var city = await factory.WithDbAsync(db => db.Territories.SingleAsync(t => t.Code == "ville"));

        var created = await ComiteWorld.PostAsync(oc, "/comite", "", ("Name", "Table de quartier"), ("TerritoryId", city.Id.ToString()));
        var comiteId = int.Parse(created.Path.Split('/')[^1]);
        var badYear = await ComiteWorld.PostAsync(oc, created.Path, "Cycle", ("YearLabel", "2026-2028"));
        await ComiteWorld.PostAsync(oc, created.Path, "Cycle", ("YearLabel", "2026-2027"));
        var types = await factory.WithDbAsync(db => db.ComiteVoterTypes.Where(t => t.ComiteId == comiteId).OrderBy(t => t.Order).ToListAsync());
        var cisss = await factory.WithDbAsync(async db =>
        {
            var organisation = new PartnerOrganisation { Name = "CISSS", Network = PartnerNetwork.Sante, NeighbourhoodsServed = "ville" };
            db.PartnerOrganisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });
        await ComiteWorld.PostAsync(oc, created.Path + "/membres", "Add", ("Seat.Email", member.Email), ("Seat.Person", "Chloé"),
            ("Seat.OrganisationId", cisss.ToString()), ("Seat.VoterTypeId", types[2].Id.ToString()));
        var added = await oc.Browser().GetAsync(created.Path);

        Assert.Equal(["citoyen", "communautaire", "sante", "scolaire", "municipal", "economique", "philanthropique"], types.Select(t => t.Code));
        Assert.Contains("Écrivez l’année sous la forme 2026-2027.", badYear.Text);
        Assert.Contains("2026-2027", added.Text);
        Assert.Contains("Chloé", added.Text);
        var stored = await factory.WithDbAsync(db => db.ComiteMembers.SingleAsync(m => m.ComiteId == comiteId));
        Assert.Equal((member.UserId, (int?)cisss, types[2].Id), (stored.UserId, stored.OrganisationId, stored.VoterTypeId));
        Assert.Contains("CISSS", added.Text);
    }
}
