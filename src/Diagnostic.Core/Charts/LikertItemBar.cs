namespace Diagnostic.Core.Charts;

/// <summary>
/// One item of a Likert chart: the share of each scale point among substantive answers and the
/// share of "don't know" among all answers. A suppressed item has no shares and is not drawn.
/// </summary>
public sealed record LikertItemBar(string ItemId, string Text, int? N, IReadOnlyList<double> Shares, double? DontKnowShare, bool Suppressed)
{
    public bool NeedsCaution => !Suppressed && N is { } n && n < ScoreFigure.CautionBelow;

    internal static LikertItemBar From(LikertItemCounts item, bool hidden, int minCell)
    {
        if (item.Counts.Any(c => c < 0) || item.DontKnow < 0)
            throw new ArgumentException($"Negative count for item {item.ItemId}.", nameof(item));
        if (hidden || item.Suppressed || item.Substantive < minCell)
            return new LikertItemBar(item.ItemId, item.Text, null, [], null, true);
        var substantive = (double)item.Substantive;
        return new LikertItemBar(
            item.ItemId, item.Text, item.N, item.Counts.Select(c => c / substantive).ToList(), item.DontKnow / (double)item.N, false);
    }
}
