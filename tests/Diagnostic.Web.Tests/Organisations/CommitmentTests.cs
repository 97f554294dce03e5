using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>Commitments and porteurs point to the directory; a partner outside the comité's territory is refused.</summary>
public sealed class CommitmentTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task A_commitment_by_an_organisation_outside_the_comite_territory_is_refused_and_nothing_is_stored()
    {
        var (w, actionId) = await WorldWithActionAsync();

        var page = await ComiteWorld.PostAsync(w.Comite.Organizer, ActionPath(w, actionId), "Commitment",
            ("Commitment.PartnerName", "groupe d'ailleurs"), ("Commitment.People", "Deux bénévoles"));

        Assert.Contains("Partenaire : « Groupe d'ailleurs » ne travaille pas sur le territoire du comité (Ville-Test) ; territoires desservis au répertoire : ailleurs.", page.Text);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ActionCommitments.CountAsync(c => c.ActionId == actionId)));
    }

    [Fact]
    public async Task A_commitment_by_a_known_organisation_of_the_territory_points_to_it_and_a_new_name_joins_the_directory()
    {
        var (w, actionId) = await WorldWithActionAsync();

        await ComiteWorld.PostAsync(w.Comite.Organizer, ActionPath(w, actionId), "Commitment",
            ("Commitment.PartnerName", "MAISON DE QUARTIER"), ("Commitment.Space", "La salle"));
        await ComiteWorld.PostAsync(w.Comite.Organizer, ActionPath(w, actionId), "Commitment",
            ("Commitment.PartnerName", "Popote roulante"), ("Commitment.People", "Une cuisinière"));

        var commitments = await factory.WithDbAsync(db => db.ActionCommitments.Include(c => c.Organisation)
            .Where(c => c.ActionId == actionId).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(w.LocalId, commitments[0].OrganisationId);
        Assert.Equal(("Popote roulante", "ville"), (commitments[1].Organisation!.Name, commitments[1].Organisation!.NeighbourhoodsServed));
    }

    private async Task<(OrganisationWorld, int)> WorldWithActionAsync()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var actionId = await factory.WithDbAsync(async db =>
        {
            var target = new ChosenTarget { CycleId = w.Comite.CycleId, Order = 1, Wording = "Cible", Neighbourhoods = ["ALL"], DecidedAt = DateTimeOffset.UtcNow };
            var action = new PlanAction { Target = target, Order = 1, Title = "Jardins", StartDate = new DateOnly(2026, 9, 1), DueDate = new DateOnly(2026, 12, 1) };
            db.Actions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });
        return (w, actionId);
    }

    private static string ActionPath(OrganisationWorld w, int actionId) => $"/comite/plan/{w.Comite.CycleId}/action/{actionId}";
}
