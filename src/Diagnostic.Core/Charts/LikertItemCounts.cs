namespace Diagnostic.Core.Charts;

/// <summary>
/// The answers to one scale item for one audience and neighbourhood, as the caller counted them.
/// <paramref name="Counts"/> go from the most negative point to the most positive (reverse a scale
/// that runs the other way, such as « Très fort … Très faible »); <paramref name="DontKnow"/> counts NSP.
/// Set <paramref name="Suppressed"/> when the portrait hides the item (complementary suppression included).
/// </summary>
public sealed record LikertItemCounts(string ItemId, string Text, IReadOnlyList<int> Counts, int DontKnow, bool Suppressed = false)
{
    /// <summary>Everyone who answered the item, "don't know" included.</summary>
    public int N => Counts.Sum() + DontKnow;

    public int Substantive => Counts.Sum();
}
