using Diagnostic.Web.Pages.Comite.Plan;
using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Demo;

/// <summary>
/// After the demo comité year: the démarche of Shawinigan across two years. The comité's 2026-2027 plan gets its moyens,
/// its first cible (kept at the bilan) is carried into 2027-2028 with its unfinished activité, the year focuses on one
/// community, and the new plan is adopted at a séance, so the timeline, the sheet and the public page have two years.
/// </summary>
public sealed class DemarcheDemoSeeder(DiagnosticDbContext db)
{
    public const string NextYear = "2027-2028";

    public async Task SeedAsync(ComiteCycle first, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.Include(t => t.Children).SingleAsync(t => t.Id == first.Comite!.TerritoryId, cancellationToken);
        db.Demarches.Add(new Data.Entities.Demarche
        {
            TerritoryId = territory.Id, Name = "Ma communauté clé en main — Shawinigan", CoordinatorName = "Isabelle Caron, organisatrice communautaire",
            PublicIntro = "Chaque année, le comité de partenaires choisit les cibles prioritaires et fait le bilan des actions avec les citoyennes et citoyens.",
            StartedOn = DateOnly.FromDateTime(now.UtcDateTime).AddYears(-1),
        });
        var actions = await db.Actions.Include(a => a.Commitments).Include(a => a.Progress).Include(a => a.Target)
            .Where(a => a.Target!.CycleId == first.Id).ToListAsync(cancellationToken);
        foreach (var action in actions)
        {
            // The plan in the field's shape: each action a numbered activité under a moyen of its cible.
            action.PlanMeans = new PlanMeans
            {
                Target = action.Target, Order = action.Order, Wording = action.Means.Length > 0 ? action.Means : action.Title,
                StartDate = action.StartDate, DueDate = action.DueDate, PeriodLabel = action.PeriodLabel,
            };
            action.Order = 1;
        }
        var next = new ComiteCycle
        {
            ComiteId = first.ComiteId, YearLabel = NextYear, Status = ComiteCycleStatus.Open,
            FocusTerritoryId = territory.Children.OrderBy(t => t.Name).First().Id,
        };
        db.ComiteCycles.Add(next);
        var kept = actions.Select(a => a.Target!).OrderBy(t => t.Order).First();
        var carried = Carried(kept, next, now);
        db.ChosenTargets.Add(carried);
        foreach (var unfinished in actions.Where(a => a.TargetId == kept.Id && a.Status is not (ActionStatus.Done or ActionStatus.Abandoned)))
            db.Actions.Add(Carried(unfinished, carried));
        var seance = new Seance { Cycle = next, Date = new DateOnly(2027, 9, 16), Kind = SeanceKind.Comite, Title = "Adoption du plan 2027-2028" };
        db.Seances.Add(seance);
        await db.SaveChangesAsync(cancellationToken);
        // Adopted at that séance: version 1 of the plan reads on its own page, as the comité adopted it.
        var plan = await new PlanReader(db).ReadAsync(next.Id, cancellationToken);
        db.PlanAdoptions.Add(new PlanAdoption
        {
            CycleId = next.Id, SeanceId = seance.Id, Version = 1, AdoptedOn = seance.Date, Snapshot = PlanSnapshot.Of(plan).ToJson(), RecordedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ChosenTarget Carried(ChosenTarget from, ComiteCycle next, DateTimeOffset now) => new()
    {
        Cycle = next, Order = 1, Wording = from.Wording, Neighbourhoods = [.. from.Neighbourhoods], CarriedFrom = from,
        IndicatorCollecteId = from.IndicatorCollecteId, IndicatorAudience = from.IndicatorAudience, IndicatorLevel = from.IndicatorLevel,
        IndicatorId = from.IndicatorId, IndicatorNeighbourhood = from.IndicatorNeighbourhood, BaselineValue = from.BaselineValue,
        BaselineN = from.BaselineN, Direction = from.Direction, Horizon = NextYear, DecidedAt = now,
    };

    private static PlanAction Carried(PlanAction from, ChosenTarget target) => new()
    {
        Target = target, Order = 1, Title = from.Title, LeadOrganisation = from.LeadOrganisation, LeadPartnerId = from.LeadPartnerId, Resources = from.Resources,
        StartDate = from.StartDate, DueDate = from.DueDate, PeriodLabel = from.PeriodLabel, Status = from.Status, CarriedFrom = from,
        PlanMeans = new PlanMeans
        {
            Target = target, Order = 1, Wording = from.PlanMeans?.Wording ?? from.Title, StartDate = from.StartDate, DueDate = from.DueDate,
            PeriodLabel = from.PeriodLabel,
        },
        Commitments = from.Commitments.Select(c => new ActionCommitment
        {
            PartnerName = c.PartnerName, OrganisationId = c.OrganisationId, People = c.People, Money = c.Money, Space = c.Space, ByCitizens = c.ByCitizens,
            CarriedFrom = c,
        }).ToList(),
        Progress = from.Progress.Select(p => new ActionProgress { Date = p.Date, Text = p.Text, Author = p.Author, RecordedAt = p.RecordedAt, CarriedFrom = p }).ToList(),
    };
}
