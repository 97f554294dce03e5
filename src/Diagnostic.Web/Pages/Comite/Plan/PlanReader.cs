using Diagnostic.Core.Charts;
using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>A year's plan in the field's shape: objectifs (the cibles) → moyens → activités (the actions), in plan order.</summary>
public sealed class PlanReader(DiagnosticDbContext db)
{
    public async Task<IReadOnlyList<PlanTarget>> ReadAsync(int cycleId, CancellationToken cancellationToken)
    {
        var targets = await db.ChosenTargets.AsNoTracking().Where(t => t.CycleId == cycleId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var ids = targets.Select(t => t.Id).ToList();
        var means = await db.PlanMeans.AsNoTracking().Where(m => ids.Contains(m.TargetId)).OrderBy(m => m.Order).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var actions = await db.Actions.AsNoTracking()
            .Include(a => a.Commitments).Include(a => a.Progress)
            .Where(a => ids.Contains(a.TargetId)).OrderBy(a => a.Order).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return targets.Select(t => Target(t, means.Where(m => m.TargetId == t.Id).ToList(), actions.Where(a => a.TargetId == t.Id).ToList())).ToList();
    }

    /// <summary>An action written before moyens existed (none left after the migration) reads as a moyen of its own.</summary>
    private static PlanTarget Target(ChosenTarget target, IReadOnlyList<PlanMeans> means, IReadOnlyList<PlanAction> actions)
    {
        var grouped = means.Select(m => new PlanMeansView(m, actions.Where(a => a.PlanMeansId == m.Id).ToList())).ToList();
        var loose = actions.Where(a => a.PlanMeansId is null || means.All(m => m.Id != a.PlanMeansId)).ToList();
        var ordered = grouped.SelectMany(g => g.Activities).Concat(loose).ToList();
        return new PlanTarget(target, ordered, grouped);
    }

    public static ScheduleChart Schedule(ComiteCycle cycle, IReadOnlyList<PlanTarget> plan, DateOnly today, ScheduleChartLanguage language) =>
        ScheduleChart.From(
            cycle.Comite!.Name + " " + cycle.YearLabel,
            plan.SelectMany(t => t.Numbered()).Select(n => new ScheduleChartItem(n.Number + " " + n.Action.Title, n.Action.Period, n.Action.Status)).ToList(),
            today, language);
}

/// <summary>An objectif (the cible) with its activités in plan order and the same activités under their moyens.</summary>
public sealed record PlanTarget(ChosenTarget Target, IReadOnlyList<PlanAction> Actions, IReadOnlyList<PlanMeansView> Means)
{
    public string Number => PlanNumbering.Number(Target.Order);

    /// <summary>Each activité with its number « 1.1.1 »; one outside any moyen keeps the cible's number and its own.</summary>
    public IEnumerable<(string Number, PlanAction Action)> Numbered() =>
        Means.SelectMany(m => m.Activities.Select(a => (PlanNumbering.Number(Target.Order, m.Means.Order, a.Order), a)))
            .Concat(Actions.Where(a => Means.All(m => !m.Activities.Contains(a))).Select(a => (PlanNumbering.Number(Target.Order, a.Order), a)));
}

public sealed record PlanMeansView(PlanMeans Means, IReadOnlyList<PlanAction> Activities)
{
    public ActionPeriod Period => ActionPeriod.Of(Means.StartDate, Means.DueDate, Means.PeriodLabel);
}
