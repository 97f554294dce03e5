namespace Diagnostic.Core.Comite;

/// <summary>
/// Counts a dot round. Ranking rule (documented for the comité, shown under the results):
/// 1. more dots;
/// 2. then more supporters (ballots giving the candidate at least one dot) — broad support beats stacking;
/// 3. then the higher composite score from the cycle's criteria round, when there is one;
/// 4. then candidate order (the portrait's ranking, enjeux after), so the same votes always give the same list.
/// </summary>
public static class DotTally
{
    public static IReadOnlyList<DotTallyRow> Count(
        IReadOnlyList<int> candidateOrder,
        IReadOnlyList<string> voterTypes,
        IEnumerable<DotVote> votes,
        IReadOnlyDictionary<int, double>? composites = null)
    {
        var byCandidate = votes.Where(v => v.Dots > 0).ToLookup(v => v.CandidateId);
        var position = candidateOrder.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return candidateOrder
            .Select(id => Row(id, byCandidate[id].ToList(), voterTypes, composites))
            .OrderByDescending(r => r.Dots)
            .ThenByDescending(r => r.Supporters)
            .ThenByDescending(r => r.Composite ?? double.NegativeInfinity)
            .ThenBy(r => position[r.CandidateId])
            .Select((r, i) => r with { Rank = i + 1 })
            .ToList();
    }

    private static DotTallyRow Row(
        int candidate, IReadOnlyList<DotVote> votes, IReadOnlyList<string> voterTypes, IReadOnlyDictionary<int, double>? composites)
    {
        var byType = voterTypes.ToDictionary(t => t, t => votes.Where(v => v.VoterType == t).Sum(v => v.Dots), StringComparer.Ordinal);
        foreach (var extra in votes.Select(v => v.VoterType).Where(t => !byType.ContainsKey(t)).Distinct())
            byType[extra] = votes.Where(v => v.VoterType == extra).Sum(v => v.Dots);
        var supporters = votes.Where(v => v.BallotId is not null).Select(v => v.BallotId).Distinct().Count();
        double? composite = composites is not null && composites.TryGetValue(candidate, out var c) ? c : null;
        return new DotTallyRow(0, candidate, votes.Sum(v => v.Dots), supporters, byType, composite);
    }
}
