using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Cycles;

/// <summary>
/// What opening a year proposes from the year before (domain.md 2.4): every cible the bilan decided to keep or adjust,
/// with its indicator and baseline, and every activité neither done nor abandoned, unless already carried. A cible
/// whose indicator the territory's latest questionnaire no longer asks for says so (the comité drops it or its indicator).
/// </summary>
public sealed class CarryProposals(DiagnosticDbContext db, SnapshotQuestionnaires questionnaires, IStringLocalizer<ComiteText> strings)
{
    /// <summary>A cible to carry; <paramref name="IndicatorName"/> is its indicator's title in the questionnaire, never its code.</summary>
    public sealed record TargetProposal(ChosenTarget Target, TargetDecision Decision, string? IndicatorProblem, string? IndicatorName);

    public sealed record ActionProposal(PlanAction Action, ChosenTarget Target);

    public sealed record Proposals(ComiteCycle? From, IReadOnlyList<TargetProposal> Targets, IReadOnlyList<ActionProposal> Actions)
    {
        public bool Any => Targets.Count > 0 || Actions.Count > 0;
    }

    public async Task<Proposals> ReadAsync(ComiteCycle cycle, CancellationToken cancellationToken)
    {
        // « 2026-2027 » < « 2027-2028 »: year labels sort as text.
        var from = (await db.ComiteCycles.AsNoTracking().Where(c => c.ComiteId == cycle.ComiteId).ToListAsync(cancellationToken))
            .Where(c => string.CompareOrdinal(c.YearLabel, cycle.YearLabel) < 0).MaxBy(c => c.YearLabel);
        if (from is null) return new Proposals(null, [], []);
        var carriedTargets = await db.ChosenTargets.Where(t => t.CycleId == cycle.Id && t.CarriedFromId != null)
            .Select(t => t.CarriedFromId!.Value).ToListAsync(cancellationToken);
        var carriedActions = await db.Actions.Where(a => a.Target!.CycleId == cycle.Id && a.CarriedFromId != null)
            .Select(a => a.CarriedFromId!.Value).ToListAsync(cancellationToken);
        var targets = await db.ChosenTargets.AsNoTracking().Include(t => t.IndicatorCollecte)
            .Where(t => t.CycleId == from.Id).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var ids = targets.Select(t => t.Id).ToList();
        var reviews = await db.TargetReviews.AsNoTracking().Where(r => ids.Contains(r.TargetId)).ToListAsync(cancellationToken);
        var names = await db.IndicatorNamesAsync(targets, Localization.Languages.Current, cancellationToken);
        var kept = new List<TargetProposal>();
        foreach (var target in targets.Where(t => !carriedTargets.Contains(t.Id)))
            if (reviews.FirstOrDefault(r => r.TargetId == target.Id) is { Decision: TargetDecision.Keep or TargetDecision.Adjust } review)
            {
                var name = names.GetValueOrDefault(target.Id);
                kept.Add(new TargetProposal(target, review.Decision, await IndicatorProblemAsync(cycle, target, name, cancellationToken), name));
            }
        var actions = await db.Actions.AsNoTracking().Include(a => a.Commitments).Include(a => a.Progress).Include(a => a.PlanMeans)
            .Where(a => ids.Contains(a.TargetId) && a.Status != ActionStatus.Done && a.Status != ActionStatus.Abandoned)
            .ToListAsync(cancellationToken);
        var running = actions.Where(a => !carriedActions.Contains(a.Id))
            .OrderBy(a => targets.First(t => t.Id == a.TargetId).Order).ThenBy(a => a.PlanMeans?.Order).ThenBy(a => a.Order)
            .Select(a => new ActionProposal(a, targets.First(t => t.Id == a.TargetId))).ToList();
        return new Proposals(from, kept, running);
    }

    /// <summary>Why the cible's indicator cannot be measured again, or null: the territory's latest collecte of that audience no longer asks it.</summary>
    private async Task<string?> IndicatorProblemAsync(ComiteCycle cycle, ChosenTarget target, string? name, CancellationToken cancellationToken)
    {
        if (target.IndicatorId is not { } id || target.IndicatorLevel is not { } level || target.IndicatorAudience is not { } audience)
            return null;
        var territoryId = (await db.Comites.AsNoTracking().SingleAsync(c => c.Id == cycle.ComiteId, cancellationToken)).TerritoryId;
        // SQLite cannot order by DateTimeOffset; a territory has few collectes.
        var latest = (await db.Collectes.AsNoTracking().Include(c => c.Snapshot)
                .Where(c => c.Audience == audience && (c.TerritoryId == territoryId || c.Territory!.ParentId == territoryId))
                .ToListAsync(cancellationToken))
            .OrderBy(c => c.OpensAt).ThenBy(c => c.Id).LastOrDefault();
        if (latest?.Snapshot is null || latest.Id == target.IndicatorCollecteId) return null;
        return IndicatorPresence.Exists(questionnaires.Get(latest.Snapshot), level, id)
            ? null
            : strings["Carry.IndicatorGone", target.Wording, name ?? id, latest.Name].Value;
    }
}
