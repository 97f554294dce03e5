using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Bilan;

/// <summary>The fuller bilan: the year's process and the concertation's movement, from the demo's two years.</summary>
public sealed class BilanProcessTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task The_first_years_bilan_counts_seances_organisations_and_commitments_carried_through()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/comite/bilan/{cycle.Id}");

        // Demo 2026-2027 (ComiteDemoSeeder): one séance 60 days ago; porteurs « Centre d'action bénévole » and « Comité de
        // partenaires », partners « Ville de Shawinigan » and « CIUSSS MCQ — CLSC » on three actions; the first action is done,
        // so its two commitments of the six were carried through.
        Assert.Contains("Séances tenues : 1 : ", page.Text);
        Assert.Contains("Organisations mobilisées (porteurs et partenaires) : 4 : Centre d'action bénévole, CIUSSS MCQ — CLSC, Comité de partenaires, Ville de Shawinigan", page.Text);
        Assert.Contains("Engagements tenus jusqu'au bout (action réalisée) : 2 sur 6", page.Text);
        Assert.Contains("Première année du comité", page.Text);
    }

    [Fact]
    public async Task The_next_years_bilan_names_the_organisations_that_joined_and_left()
    {
        var next = await factory.WithDbAsync(db => db.ComiteCycles.AsNoTracking().SingleAsync(c => c.YearLabel == DemarcheDemoSeeder.NextYear));
        await factory.WithDbAsync(async db =>
        {
            var action = await db.Actions.FirstAsync(a => a.Target!.CycleId == next.Id);
            db.ActionCommitments.Add(new ActionCommitment { ActionId = action.Id, PartnerName = "Commission scolaire de l'Énergie", Space = "Gymnase" });
            db.ActionCommitments.Add(new ActionCommitment { ActionId = action.Id, PartnerName = "Comité de résidents", People = "Six résidentes", ByCitizens = true });
            return await db.SaveChangesAsync();
        });
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/comite/bilan/{next.Id}");

        Assert.Contains("Organisations arrivées depuis 2026-2027 : Commission scolaire de l'Énergie", page.Text);
        Assert.Contains("Organisations absentes cette année, présentes en 2026-2027 : Centre d'action bénévole", page.Text);
        Assert.Contains("Engagements de citoyennes et citoyens : 1", page.Text);
    }
}
