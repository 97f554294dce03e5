namespace Diagnostic.Core.Comite;

/// <summary>
/// Counts a criteria round. A candidate's composite is the weighted mean (<see cref="CriteriaScores.Composite"/>) of
/// its criterion means over all ballots — equal to the mean of the ballots' composites, since the weighting is linear.
/// Ranking rule: higher composite; then more ballots scoring it (a candidate few people scored is less certain);
/// then candidate order. A candidate nobody scored comes last with no composite.
/// </summary>
public static class CriteriaTally
{
    public static IReadOnlyList<CriteriaTallyRow> Count(
        IReadOnlyList<int> candidateOrder, IEnumerable<CriteriaBallot> ballots, CriteriaWeights weights)
    {
        var byCandidate = ballots.ToLookup(b => b.CandidateId);
        var position = candidateOrder.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return candidateOrder
            .Select(id => Row(id, byCandidate[id].ToList(), weights))
            .OrderByDescending(r => r.Composite ?? double.NegativeInfinity)
            .ThenByDescending(r => r.Ballots)
            .ThenBy(r => position[r.CandidateId])
            .Select((r, i) => r with { Rank = i + 1 })
            .ToList();
    }

    private static CriteriaTallyRow Row(int candidate, IReadOnlyList<CriteriaBallot> ballots, CriteriaWeights weights)
    {
        var byType = ballots.GroupBy(b => b.VoterType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return new CriteriaTallyRow(
            0,
            candidate,
            ballots.Count,
            Composite(ballots, weights),
            Means(ballots),
            byType.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal),
            byType.ToDictionary(p => p.Key, p => Composite(p.Value, weights)!.Value, StringComparer.Ordinal),
            byType.ToDictionary(p => p.Key, p => Means(p.Value), StringComparer.Ordinal));
    }

    private static IReadOnlyDictionary<Criterion, double> Means(IReadOnlyList<CriteriaBallot> ballots) =>
        ballots.Count == 0
            ? new Dictionary<Criterion, double>()
            : Criteria.All.ToDictionary(c => c, c => ballots.Average(b => (double)b.Scores.Of(c)));

    private static double? Composite(IReadOnlyList<CriteriaBallot> ballots, CriteriaWeights weights) =>
        ballots.Count == 0 ? null : ballots.Average(b => b.Scores.Composite(weights));
}
