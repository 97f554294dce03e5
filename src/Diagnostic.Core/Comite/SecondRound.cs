namespace Diagnostic.Core.Comite;

/// <summary>
/// Who goes to a second round (domain.md 2.2: "a second round among the top options if results are tied or
/// scattered"): the first <c>k</c> of the ranking, plus every later candidate tied with the k-th on the round's main
/// figure (dots, or composite score), so a tie is never cut by candidate order alone.
/// </summary>
public static class SecondRound
{
    public static IReadOnlyList<int> Leaders(IReadOnlyList<DotTallyRow> ranked, int k) =>
        Leaders(ranked.Select(r => (r.CandidateId, (double?)r.Dots)).ToList(), k);

    public static IReadOnlyList<int> Leaders(IReadOnlyList<CriteriaTallyRow> ranked, int k) =>
        Leaders(ranked.Select(r => (r.CandidateId, r.Composite)).ToList(), k);

    private static IReadOnlyList<int> Leaders(IReadOnlyList<(int Candidate, double? Value)> ranked, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (ranked.Count <= k)
            return ranked.Select(r => r.Candidate).ToList();
        var cut = ranked[k - 1].Value;
        return ranked.Take(k)
            .Concat(ranked.Skip(k).TakeWhile(r => cut is not null && r.Value is not null && Math.Abs(r.Value.Value - cut.Value) < 1e-9))
            .Select(r => r.Candidate)
            .ToList();
    }
}
