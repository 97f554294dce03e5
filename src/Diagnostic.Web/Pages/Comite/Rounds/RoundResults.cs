using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>Counts a round with the Core tallies, reading only the figures the tallies need.</summary>
public sealed class RoundResults(DiagnosticDbContext db)
{
    public async Task<RoundTally> CountAsync(VotingRound round, CancellationToken cancellationToken)
    {
        var order = RoundLoader.Candidates(round).Select(c => c.Id).ToList();
        var types = await db.ComiteVoterTypes.AsNoTracking()
            .Where(t => t.ComiteId == round.Seance!.Cycle!.ComiteId)
            .OrderBy(t => t.Order).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var codes = types.Select(t => t.Code).ToList();
        var ballots = await db.Ballots.AsNoTracking().CountAsync(b => b.RoundId == round.Id, cancellationToken);
        if (round.Kind == VotingRoundKind.Criteria)
        {
            var rows = CriteriaTally.Count(order, await CriteriaBallotsAsync(round.Id, cancellationToken), Weights(round));
            return new RoundTally(round, types, ballots, null, rows);
        }
        var composites = await LatestCompositesAsync(round, cancellationToken);
        var dots = DotTally.Count(order, codes, await DotVotesAsync(round, cancellationToken), composites);
        return new RoundTally(round, types, ballots, dots, null);
    }

    public static CriteriaWeights Weights(VotingRound r) =>
        new(r.WeightImportance, r.WeightUrgency, r.WeightFeasibility, r.WeightMobilisation, r.WeightEquity, r.WeightCoherence);

    private async Task<List<CriteriaBallot>> CriteriaBallotsAsync(int roundId, CancellationToken cancellationToken)
    {
        var lines = await db.BallotLines.AsNoTracking()
            .Where(l => l.Ballot!.RoundId == roundId)
            .Select(l => new { l.BallotId, l.Ballot!.VoterType!.Code, l.CandidateId, l.Importance, l.Urgency, l.Feasibility, l.Mobilisation, l.Equity, l.Coherence })
            .ToListAsync(cancellationToken);
        return lines
            .Where(l => l.Importance is not null)
            .Select(l => new CriteriaBallot(l.BallotId, l.Code, l.CandidateId,
                CriteriaScores.Of(l.Importance!.Value, l.Urgency!.Value, l.Feasibility!.Value, l.Mobilisation!.Value, l.Equity!.Value, l.Coherence!.Value)))
            .ToList();
    }

    private async Task<List<DotVote>> DotVotesAsync(VotingRound round, CancellationToken cancellationToken)
    {
        if (round.Kind == VotingRoundKind.PaperDots)
        {
            var paper = await db.PaperDotCounts.AsNoTracking().Where(p => p.RoundId == round.Id)
                .Select(p => new { p.CandidateId, Code = p.VoterType == null ? PaperDots.AllParticipants : p.VoterType.Code, p.Dots })
                .ToListAsync(cancellationToken);
            return paper.Select(p => new DotVote(null, p.Code, p.CandidateId, p.Dots)).ToList();
        }
        var lines = await db.BallotLines.AsNoTracking().Where(l => l.Ballot!.RoundId == round.Id)
            .Select(l => new { l.BallotId, l.Ballot!.VoterType!.Code, l.CandidateId, l.Dots })
            .ToListAsync(cancellationToken);
        return lines.Select(l => new DotVote(l.BallotId, l.Code, l.CandidateId, l.Dots)).ToList();
    }

    /// <summary>Composite scores of the cycle's latest closed criteria round: the third tie-break of a dot tally.</summary>
    private async Task<IReadOnlyDictionary<int, double>?> LatestCompositesAsync(VotingRound round, CancellationToken cancellationToken)
    {
        var criteriaRound = await db.VotingRounds.AsNoTracking()
            .Where(r => r.Seance!.CycleId == round.Seance!.CycleId && r.Kind == VotingRoundKind.Criteria && r.Status == VotingRoundStatus.Closed)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (criteriaRound is null) return null;
        var order = RoundLoader.Candidates(round).Select(c => c.Id).ToList();
        var rows = CriteriaTally.Count(order, await CriteriaBallotsAsync(criteriaRound.Id, cancellationToken), Weights(criteriaRound));
        return rows.Where(r => r.Composite is not null).ToDictionary(r => r.CandidateId, r => r.Composite!.Value);
    }
}
