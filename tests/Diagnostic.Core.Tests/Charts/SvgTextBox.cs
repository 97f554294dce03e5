using System.Globalization;
using System.Xml.Linq;

namespace Diagnostic.Core.Tests.Charts;

/// <summary>
/// Where one SVG text element (one line of a label) lies horizontally, once its transform (e.g. a quarter turn) is
/// applied: each glyph is taken as a box from its x to the next glyph's, and from the ascent to the descent.
/// </summary>
internal sealed record SvgTextBox(string Text, double Left, double Right)
{
    /// <summary>Vertical extent, ascent to descent, once transformed.</summary>
    public double Top { get; init; }

    public double Bottom { get; init; }

    public double FontSize { get; init; }

    /// <summary>Whether two boxes share some area (touching edges do not count).</summary>
    public bool Overlaps(SvgTextBox other) =>
        Left < other.Right - 0.5 && other.Left < Right - 0.5 && Top < other.Bottom - 0.5 && other.Top < Bottom - 0.5;

    private const double Ascent = 0.8;
    private const double Descent = 0.2;
    private const double LastGlyphWidth = 0.6;

    public static SvgTextBox From(XElement text)
    {
        var size = Number((string?)text.Attribute("font-size") ?? "12");
        var xs = Numbers((string?)text.Attribute("x") ?? "0");
        var y = Numbers((string?)text.Attribute("y") ?? "0")[0];
        var m = Matrix((string?)text.Attribute("transform"));
        var corners = xs.SelectMany((x, i) =>
        {
            var right = i + 1 < xs.Count ? xs[i + 1] : x + LastGlyphWidth * size;
            return new[] { (x, y - Ascent * size), (right, y - Ascent * size), (x, y + Descent * size), (right, y + Descent * size) };
        }).ToList();
        var xsOut = corners.Select(p => m[0] * p.Item1 + m[2] * p.Item2 + m[4]).ToList();
        var ysOut = corners.Select(p => m[1] * p.Item1 + m[3] * p.Item2 + m[5]).ToList();
        return new SvgTextBox(text.Value.Trim(), xsOut.Min(), xsOut.Max()) { Top = ysOut.Min(), Bottom = ysOut.Max(), FontSize = size };
    }

    private static double[] Matrix(string? transform)
    {
        if (transform?.StartsWith("matrix(", StringComparison.Ordinal) == true)
            return [.. Numbers(transform["matrix(".Length..^1])];
        if (transform?.StartsWith("translate(", StringComparison.Ordinal) == true)
            return [1, 0, 0, 1, .. Numbers(transform["translate(".Length..^1])];
        return [1, 0, 0, 1, 0, 0];
    }

    private static List<double> Numbers(string list) =>
        list.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Number).ToList();

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
