using Diagnostic.Core.Charts;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>A year's targets with their actions, in plan order.</summary>
public sealed class PlanReader(DiagnosticDbContext db)
{
    public async Task<IReadOnlyList<PlanTarget>> ReadAsync(int cycleId, CancellationToken cancellationToken)
    {
        var targets = await db.ChosenTargets.AsNoTracking().Where(t => t.CycleId == cycleId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var ids = targets.Select(t => t.Id).ToList();
        var actions = await db.Actions.AsNoTracking()
            .Include(a => a.Commitments).Include(a => a.Progress)
            .Where(a => ids.Contains(a.TargetId)).OrderBy(a => a.Order).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return targets.Select(t => new PlanTarget(t, actions.Where(a => a.TargetId == t.Id).ToList())).ToList();
    }

    public static ScheduleChart Schedule(ComiteCycle cycle, IReadOnlyList<PlanTarget> plan, DateOnly today, ScheduleChartLanguage language) =>
        ScheduleChart.From(
            cycle.Comite!.Name + " " + cycle.YearLabel,
            plan.SelectMany(t => t.Actions).Select(a => new ScheduleChartItem(a.Title, a.Period, a.Status)).ToList(),
            today, language);
}

public sealed record PlanTarget(ChosenTarget Target, IReadOnlyList<PlanAction> Actions);
