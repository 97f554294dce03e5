using Diagnostic.Data.Audit;
using System.Security.Claims;
using Diagnostic.Web.Localization;
using Diagnostic.Web.Pages.Comite.Rounds;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Cibles;

/// <summary>
/// Records a chosen target: checks the form, works out whether it departs from the ranking (then a reason is required),
/// and copies the baseline from the collecte's portrait, so the figure is the analysis library's, never retyped.
/// </summary>
public sealed class CibleRecorder(
    DiagnosticDbContext db, RoundResults results, RoundLoader loader, CollectePortraits portraits, AuditLog audit, TimeProvider clock)
{
    /// <summary>The reference ranking: the year's last closed round, or the candidates' order when no round has closed.</summary>
    public async Task<(IReadOnlyList<int> Ranking, VotingRound? Round)> RankingAsync(int cycleId, CancellationToken cancellationToken)
    {
        // SQLite cannot order by DateTimeOffset: the year's few closed rounds are sorted here.
        var closed = await db.VotingRounds.Where(r => r.Seance!.CycleId == cycleId && r.Status == VotingRoundStatus.Closed)
            .Select(r => new { r.Id, r.ClosedAt }).ToListAsync(cancellationToken);
        var roundId = closed.OrderByDescending(r => r.ClosedAt).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefault();
        if (roundId is { } id && await loader.FindAsync(id, cancellationToken) is { } round)
            return ((await results.CountAsync(round, cancellationToken)).Ranking, round);
        var order = await db.CandidateTargets.Where(c => c.CycleId == cycleId).OrderBy(c => c.Order).Select(c => c.Id).ToListAsync(cancellationToken);
        return (order, null);
    }

    public async Task<IReadOnlyList<string>> AddAsync(
        ComiteCycle cycle, TargetForm form, IStringLocalizer<ComiteText> strings, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var wording = form.Wording?.Trim() ?? "";
        if (wording.Length == 0) errors.Add(strings["Targets.WordingRequired"]);
        var codes = form.NeighbourhoodCodes();
        if (codes.Count == 0) errors.Add(strings["Targets.NeighbourhoodRequired"]);
        double? targetValue = null;
        if (!string.IsNullOrWhiteSpace(form.TargetValue))
        {
            if (Numbers.TryParseTyped(form.TargetValue, out var v)) targetValue = v;
            else errors.Add(strings["Targets.TargetValueInvalid"]);
        }
        CandidateTarget? candidate = null;
        if (form.CandidateId is { } candidateId)
        {
            candidate = await db.CandidateTargets.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId && c.CycleId == cycle.Id, cancellationToken);
            if (candidate is null) errors.Add(strings["Targets.CandidateUnknown"]);
        }
        if (form.SeanceId is { } seance && !await db.Seances.AnyAsync(s => s.Id == seance && s.CycleId == cycle.Id, cancellationToken))
            errors.Add(strings["Cycle.RoundSeanceMissing"]);
        var (ranking, _) = await RankingAsync(cycle.Id, cancellationToken);
        var chosen = await db.ChosenTargets.Where(t => t.CycleId == cycle.Id).OrderBy(t => t.Order).Select(t => t.CandidateId).ToListAsync(cancellationToken);
        var departs = RankingDeparture.Flags(ranking, [.. chosen, candidate?.Id])[^1];
        if (departs && string.IsNullOrWhiteSpace(form.DepartureReason)) errors.Add(strings["Targets.ReasonRequired"]);
        if (errors.Count > 0) return errors;

        var target = new ChosenTarget
        {
            CycleId = cycle.Id,
            Order = chosen.Count + 1,
            Wording = wording,
            Neighbourhoods = [.. codes],
            CandidateId = candidate?.Id,
            SeanceId = form.SeanceId,
            Direction = form.Direction,
            TargetValue = targetValue,
            Horizon = form.Horizon?.Trim() ?? "",
            DepartureReason = string.IsNullOrWhiteSpace(form.DepartureReason) ? null : form.DepartureReason.Trim(),
            DecidedAt = clock.GetUtcNow(),
        };
        if (form.UseCandidateIndicator && candidate is { Origin: CandidateOrigin.Portrait })
            await SetBaselineAsync(target, candidate, cancellationToken);
        db.ChosenTargets.Add(target);
        await db.SaveChangesAsync(cancellationToken);
        // Its order and whether it departs from the ranking, never its wording.
        await audit.RecordAsync(user, AuditActions.ComiteTargetRecorded, AuditTarget.ChosenTarget(target.Id),
            $"cycle={cycle.Id};order={target.Order};departs-ranking={(target.DepartureReason is null ? "no" : "yes")}", cancellationToken);
        return [];
    }

    private async Task SetBaselineAsync(ChosenTarget target, CandidateTarget candidate, CancellationToken cancellationToken)
    {
        target.IndicatorCollecteId = candidate.CollecteId;
        target.IndicatorAudience = candidate.Audience;
        target.IndicatorLevel = FigureLevel.Dimension;
        target.IndicatorId = candidate.DimensionId;
        target.IndicatorNeighbourhood = candidate.Neighbourhood;
        var loaded = await portraits.LoadAsync(candidate.CollecteId!.Value, cancellationToken);
        var row = loaded?.Portrait.Find(candidate.Audience!.Value, candidate.Neighbourhood!, FigureLevel.Dimension, candidate.DimensionId!);
        target.BaselineValue = row?.Score;
        target.BaselineN = row?.N;
    }
}
