namespace Diagnostic.Core.Comite;

/// <summary>
/// Whether a chosen target departs from the ranking, so its reason is required (domain.md 2.3: "giving reasons for any
/// departure from the ranking"). With <c>n</c> targets chosen, following the ranking means taking its first <c>n</c>
/// candidates; a target departs when its candidate is not among them, or when it comes from no ranked candidate at all.
/// </summary>
public static class RankingDeparture
{
    /// <param name="ranking">Candidate ids, best first (the reference round's result, or the portrait's order).</param>
    /// <param name="chosenCandidates">The candidate of each chosen target, null for a target written from scratch.</param>
    /// <returns>One flag per chosen target, true when it departs.</returns>
    public static IReadOnlyList<bool> Flags(IReadOnlyList<int> ranking, IReadOnlyList<int?> chosenCandidates)
    {
        var expected = ranking.Take(chosenCandidates.Count).ToHashSet();
        return chosenCandidates.Select(c => c is null || !expected.Contains(c.Value)).ToList();
    }

    public static bool Departs(IReadOnlyList<int> ranking, IReadOnlyList<int?> chosenCandidates, int index) =>
        Flags(ranking, chosenCandidates)[index];
}
