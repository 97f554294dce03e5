using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Demarche;

/// <summary>
/// « Étapes des travaux »: each comité year of the démarche with what was collected, decided and done in it, dated and
/// ticked when done. A collecte goes to the year (September to August) in which it opened; one before every year
/// opens the timeline on its own.
/// </summary>
public sealed class DemarcheTimeline(DiagnosticDbContext db, DemarcheScope scope, PlanReader plans, IStringLocalizer<DemarcheText> words,
    IStringLocalizer<PlanText> planText, TimeProvider clock)
{
    public sealed record Step(DateOnly? Date, string Kind, string Text, bool Done);

    public sealed record Year(string Label, string? Comite, string? Focus, IReadOnlyList<Step> Steps);

    public async Task<IReadOnlyList<Year>> ReadAsync(Data.Entities.Demarche demarche, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var cycles = (await scope.Cycles(demarche).AsNoTracking().ToListAsync(cancellationToken)).OrderBy(c => c.YearLabel).ThenBy(c => c.Comite!.Name).ToList();
        var collectes = (await scope.Collectes(demarche).AsNoTracking().ToListAsync(cancellationToken)).OrderBy(c => c.OpensAt).ThenBy(c => c.Id).ToList();
        var years = new List<Year>();
        var placed = new HashSet<int>();
        foreach (var cycle in cycles)
        {
            var steps = new List<Step>();
            foreach (var c in collectes.Where(c => !placed.Contains(c.Id) && InYear(c, cycle.YearLabel)))
            {
                placed.Add(c.Id);
                steps.Add(CollecteStep(c, today));
            }
            steps.AddRange(await CycleStepsAsync(cycle, today, cancellationToken));
            years.Add(new Year(cycle.YearLabel, cycle.Comite!.Name, cycle.FocusTerritory?.Name, steps.OrderBy(s => s.Date ?? DateOnly.MaxValue).ToList()));
        }
        var loose = collectes.Where(c => !placed.Contains(c.Id)).Select(c => CollecteStep(c, today)).ToList();
        if (loose.Count > 0) years.Insert(0, new Year(words["Timeline.Collectes"], null, null, loose));
        return years;
    }

    private Step CollecteStep(Collecte c, DateOnly today)
    {
        var opens = c.OpensAt is { } o ? DateOnly.FromDateTime(o.UtcDateTime) : (DateOnly?)null;
        var closes = c.ClosesAt is { } e ? DateOnly.FromDateTime(e.UtcDateTime) : (DateOnly?)null;
        return new Step(opens, "collecte", words["Timeline.Collecte", c.Name], closes is { } end && end <= today || c.Status == CollecteStatus.Closed);
    }

    private async Task<IEnumerable<Step>> CycleStepsAsync(ComiteCycle cycle, DateOnly today, CancellationToken cancellationToken)
    {
        var steps = new List<Step>();
        var seances = await db.Seances.AsNoTracking().Where(s => s.CycleId == cycle.Id).ToListAsync(cancellationToken);
        steps.AddRange(seances.Select(s => new Step(s.Date, "seance", words["Timeline.Seance", s.Title], s.Date <= today)));
        var plan = await plans.ReadAsync(cycle.Id, cancellationToken);
        var carried = await db.ChosenTargets.AsNoTracking().Where(t => t.CycleId == cycle.Id && t.CarriedFromId != null)
            .Select(t => new { t.Id, From = t.CarriedFrom!.Cycle!.YearLabel }).ToDictionaryAsync(t => t.Id, t => t.From, cancellationToken);
        foreach (var item in plan)
        {
            var decided = DateOnly.FromDateTime(item.Target.DecidedAt.UtcDateTime);
            steps.Add(new Step(decided, "cible", carried.TryGetValue(item.Target.Id, out var from)
                ? words["Timeline.CibleCarried", item.Target.Wording, from] : words["Timeline.Cible", item.Target.Wording], true));
            steps.AddRange(item.Numbered().Select(n => new Step(n.Action.DueDate, "activite",
                words["Timeline.Activity", n.Number, n.Action.Title, PlanFormat.Status(planText, n.Action.Status)], n.Action.Status == ActionStatus.Done)));
        }
        var adoptions = await db.PlanAdoptions.AsNoTracking().Where(a => a.CycleId == cycle.Id).Select(a => new { a.Version, a.AdoptedOn, a.Seance!.Title })
            .ToListAsync(cancellationToken);
        steps.AddRange(adoptions.Select(a => new Step(a.AdoptedOn, "adoption", words["Timeline.Adoption", a.Version, a.Title], true)));
        var ids = plan.Select(p => p.Target.Id).ToList();
        var reviews = await db.TargetReviews.AsNoTracking().Where(r => ids.Contains(r.TargetId)).Include(r => r.Target).ToListAsync(cancellationToken);
        steps.AddRange(reviews.Select(r => new Step(DateOnly.FromDateTime(r.ReviewedAt.UtcDateTime), "bilan",
            words["Timeline.Review", r.Target!.Wording, PlanFormat.Decision(planText, r.Decision)], true)));
        if (cycle.ClosedAt is { } closed) steps.Add(new Step(DateOnly.FromDateTime(closed.UtcDateTime), "fermeture", words["Timeline.Closed"], true));
        return steps;
    }

    /// <summary>« 2026-2027 » runs from September 2026 to August 2027, as comité years do.</summary>
    private static bool InYear(Collecte collecte, string yearLabel)
    {
        if (collecte.OpensAt is not { } opens || !int.TryParse(yearLabel.Split('-')[0], out var first)) return false;
        var day = DateOnly.FromDateTime(opens.UtcDateTime);
        return day >= new DateOnly(first, 9, 1) && day <= new DateOnly(first + 1, 8, 31);
    }
}
