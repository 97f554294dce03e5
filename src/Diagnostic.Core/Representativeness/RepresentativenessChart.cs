using System.Text;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Formatting;
using Diagnostic.Core.Maps;

namespace Diagnostic.Core.Representativeness;

/// <summary>
/// Paired horizontal bars, one pair per answer: share of the respondents (blue) and of the census population
/// (orange, the reference), each with its percentage written at its end. A suppressed share has no bar, only
/// « n &lt; 5 » (or « masqué » when hidden as a complement), so the drawing shows exactly what the table beside it does.
/// </summary>
public static class RepresentativenessChart
{
    public const double Width = 600;
    private const double Left = 150;
    private const double Right = 70;
    private const double BarHeight = 14;
    private const double PairGap = 14;
    private const double Top = 34;
    private const string SampleColour = "#0072B2";
    private const string PopulationColour = "#E69F00";

    public sealed record Words(string Title, string Respondents, string Population, string Hidden, string Complement);

    public static string Svg(IReadOnlyList<RepresentativenessRow> rows, Words words, NumberText numbers)
    {
        var height = Top + rows.Count * (2 * BarHeight + PairGap) + 10;
        var svg = SvgMarkup.Open(Width, height, words.Title);
        var plot = Width - Left - Right;
        SvgMarkup.Rect(svg, Left, 8, 12, 12, SampleColour);
        SvgMarkup.Text(svg, Left + 16, 18, words.Respondents, 12);
        SvgMarkup.Rect(svg, Left + 200, 8, 12, 12, PopulationColour);
        SvgMarkup.Text(svg, Left + 216, 18, words.Population, 12);
        var y = Top;
        foreach (var row in rows)
        {
            SvgMarkup.Text(svg, Left - 6, y + BarHeight + 4, Shorten(row.Label), 12, "end");
            Bar(svg, y, row.SampleShare, SampleColour, row.Hidden == SuppressionReason.Complement ? words.Complement : words.Hidden, plot, numbers);
            Bar(svg, y + BarHeight, row.PopulationShare, PopulationColour, "—", plot, numbers);
            y += 2 * BarHeight + PairGap;
        }
        svg.Append($"<line x1=\"{Left}\" y1=\"{Top - 4}\" x2=\"{Left}\" y2=\"{SvgMarkup.N(y - PairGap + 4)}\" stroke=\"#555555\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, double y, double? share, string colour, string missing, double plot, NumberText numbers)
    {
        if (share is not { } s)
        {
            SvgMarkup.Text(svg, Left + 4, y + BarHeight - 3, missing, 11, fill: "#555555");
            return;
        }
        SvgMarkup.Rect(svg, Left, y + 1, s * plot, BarHeight - 2, colour);
        SvgMarkup.Text(svg, Left + s * plot + 4, y + BarHeight - 3, numbers.Percent(s), 11);
    }

    private static string Shorten(string label) => label.Length <= 22 ? label : label[..21] + "…";
}
