namespace Diagnostic.Core.Analysis;

/// <summary>
/// Small-cell suppression of one figure across the units of one audience (src/Diagnostic.Core/Analysis/README.md, "Small cells").
/// Primary: a unit whose n &lt; min_cell is suppressed (ALL included). Complementary: when exactly one
/// neighbourhood is suppressed, the shown neighbourhood with the smallest n (tie: ordinal code order) is
/// suppressed too, so ALL minus the shown neighbourhoods never reveals a hidden one.
/// Choice rows rest on their question's n (the respondents who answered it), not on their own count: the
/// first choice row of a question is decided here and the others copy its decision (see FigureLayout), so the
/// choices of one question are always shown or hidden together, complement included.
/// Respondent counts (<see cref="RespondentCounts"/>) are decided here too, on the number of responses per unit.
/// </summary>
internal static class Suppression
{
    /// <param name="counts">n per unit; index 0 is ALL, then neighbourhoods in ordinal code order.</param>
    public static bool[] Decide(IReadOnlyList<int> counts, int minCell) =>
        Classify(counts, minCell).Select(reason => reason != SuppressionReason.None).ToArray();

    /// <summary>The same decision as <see cref="Decide"/>, with why each hidden unit is hidden.</summary>
    /// <param name="counts">n per unit; index 0 is ALL, then neighbourhoods in ordinal code order.</param>
    public static SuppressionReason[] Classify(IReadOnlyList<int> counts, int minCell)
    {
        var reasons = new SuppressionReason[counts.Count];
        var suppressed = new bool[counts.Count];
        var hiddenNeighbourhoods = 0;
        for (var u = 0; u < counts.Count; u++)
        {
            suppressed[u] = counts[u] < minCell;
            reasons[u] = suppressed[u] ? SuppressionReason.TooFew : SuppressionReason.None;
            if (u > 0 && suppressed[u])
            {
                hiddenNeighbourhoods++;
            }
        }
        if (hiddenNeighbourhoods == 1 && SmallestShownNeighbourhood(counts, suppressed) is { } complement)
        {
            reasons[complement] = SuppressionReason.Complement;
        }
        return reasons;
    }

    private static int? SmallestShownNeighbourhood(IReadOnlyList<int> counts, bool[] suppressed)
    {
        int? smallest = null;
        for (var u = 1; u < counts.Count; u++)
        {
            // Strictly smaller keeps the first in code order on ties.
            if (!suppressed[u] && (smallest is null || counts[u] < counts[smallest.Value]))
            {
                smallest = u;
            }
        }
        return smallest;
    }
}
