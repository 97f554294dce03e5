using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// WCAG 2.x contrast between two colours (relative luminance of sRGB, ratio (L1 + 0.05) / (L2 + 0.05)), and the ink,
/// black or white, that reads best on a fill. The better of the two always reaches 4.58:1, above the 4.5:1 that
/// text labels on coloured bars and cells need (issue 13).
/// </summary>
public static class Contrast
{
    public static double Ratio(Color a, Color b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    public static Color InkOn(Color fill) => Ratio(fill, Colors.Black) >= Ratio(fill, Colors.White) ? Colors.Black : Colors.White;

    /// <summary>Relative luminance (WCAG 2.2, "relative luminance"), ignoring alpha.</summary>
    public static double Luminance(Color color) =>
        0.2126 * Linear(color.R) + 0.7152 * Linear(color.G) + 0.0722 * Linear(color.B);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
