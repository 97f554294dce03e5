using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// Diverging colours from the Okabe–Ito set: vermillion and orange for disagreement, sky blue and
/// blue for agreement, grey for the middle; strongest colours at the ends of the scale. Longer scales (a 0–10 scale
/// is allowed by the format) get as many shades of each side, from the strongest to the lightest.
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
        var colours = new List<Color>(Side(Disagree, side));
        if (points % 2 == 1)
            colours.Add(Middle);
        colours.AddRange(Side(Agree, side).Reverse());
        return colours;
    }

    /// <summary>One side's colours, strongest first.</summary>
    private static IEnumerable<Color> Side(Color[] shades, int count) =>
        count <= shades.Length
            ? shades.Take(count)
            : Enumerable.Range(0, count).Select(i => shades[0].MixedWith(shades[^1], (double)i / (count - 1)));

    /// <summary>Text colour readable on the segment colour (at least 4.5:1).</summary>
    public static Color TextOn(Color fill) => Contrast.InkOn(fill);
}
