using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Bilan;

/// <summary>
/// The fuller bilan: the year's process and the concertation's movement, from the demo's two years; the citizens'
/// summary shows the same once one target of the year is public, without the organisations that are absent.
/// </summary>
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

        var territory = (await factory.CycleAsync()).Comite!.Territory!.Code;
        var citizen = new Respondent(factory.CreateClient());
        var unpublished = await citizen.GetAsync($"/bilan/{territory}/{next.YearLabel}");
        Assert.Contains("pas encore publié", unpublished.Text);
        Assert.DoesNotContain("La démarche cette année", unpublished.Text);

        await factory.WithDbAsync(async db =>
        {
            var target = await db.ChosenTargets.FirstAsync(t => t.CycleId == next.Id);
            db.TargetReviews.Add(new TargetReview { TargetId = target.Id, Decision = Diagnostic.Core.Plans.TargetDecision.Keep, IsPublic = true, PublicText = "On garde le cap." });
            return await db.SaveChangesAsync();
        });
        var published = await citizen.GetAsync($"/bilan/{territory}/{next.YearLabel}");
        Assert.Contains("La démarche cette année", published.Text);
        Assert.Contains("Organisations arrivées depuis 2026-2027 : Commission scolaire de l'Énergie", published.Text);
        Assert.Contains("Engagements de citoyennes et citoyens : 1", published.Text);
        Assert.DoesNotContain("Organisations absentes", published.Text);
        Assert.DoesNotContain("process-left", published.Html);
    }

    [Fact]
    public async Task The_citizens_summary_of_the_first_year_tells_the_process_too()
    {
        var cycle = await factory.CycleAsync();

        // The demo's first year has a public target (ComiteDemoSeeder), so its summary is published.
        var summary = await new Respondent(factory.CreateClient()).GetAsync($"/bilan/{cycle.Comite!.Territory!.Code}/{cycle.YearLabel}");

        Assert.Contains("Séances tenues : 1 : ", summary.Text);
        Assert.Contains("Organisations mobilisées (porteurs et partenaires) : 4 : ", summary.Text);
        Assert.Contains("Engagements tenus jusqu'au bout (action réalisée) : 2 sur 6", summary.Text);
        Assert.Contains("Première année du comité", summary.Text);
    }
}
