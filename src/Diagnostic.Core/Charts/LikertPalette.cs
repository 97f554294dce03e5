using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// Diverging colours from the Okabe–Ito set: vermillion and orange for disagreement, sky blue and
/// blue for agreement, grey for the middle; strongest colours at the ends of the scale.
/// </summary>
internal static class LikertPalette
{
    private static readonly Color[] Disagree = [OkabeIto.Vermillion, OkabeIto.Orange, Color.FromHex("#F3D08A")];
    private static readonly Color[] Agree = [OkabeIto.Blue, OkabeIto.SkyBlue, Color.FromHex("#A6D3F0")];
    public static readonly Color Middle = Color.FromHex("#C8C8C8");
    public static readonly Color DontKnow = Color.FromHex("#8C8C8C");

    public static IReadOnlyList<Color> For(int points)
    {
        var side = points / 2;
        if (side > Disagree.Length)
            throw new ArgumentOutOfRangeException(nameof(points), points, "Likert charts draw scales of up to 7 points.");
        var colours = new List<Color>(Disagree.Take(side));
        if (points % 2 == 1)
            colours.Add(Middle);
        colours.AddRange(Agree.Take(side).Reverse());
        return colours;
    }

    /// <summary>Text colour readable on the segment colour (at least 4.5:1).</summary>
    public static Color TextOn(Color fill) => Contrast.InkOn(fill);
}
