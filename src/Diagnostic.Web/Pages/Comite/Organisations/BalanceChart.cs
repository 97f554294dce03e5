using System.Globalization;
using System.Security;
using System.Text;
using Diagnostic.Core.Comite;

namespace Diagnostic.Web.Pages.Comite.Organisations;

/// <summary>The bars of the « portrait de la concertation »: seats by réseau, over-represented ones in orange, absent ones named.</summary>
public static class BalanceChart
{
    private const int BarWidth = 220, RowHeight = 26, LabelWidth = 190;

    /// <summary>An SVG document (as the vote charts are, shown in an img), labels already in the reader's language.</summary>
    public static string Svg(IReadOnlyList<ReseauSeats> rows, Func<string, string> reseauName, string absentWord)
    {
        var max = Math.Max(1, rows.Max(r => r.Seats));
        var height = RowHeight * rows.Count + 10;
        var width = LabelWidth + BarWidth + 90;
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" font-family="sans-serif" font-size="13">""");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = i * RowHeight + 5;
            var w = r.Seats * BarWidth / max;
            var colour = r.Presence == Presence.OverRepresented ? "#b35806" : "#1f5f8b";
            var value = r.Presence == Presence.Absent ? absentWord : r.Seats.ToString(CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="0" y="{y + 15}">{SecurityElement.Escape(reseauName(r.Reseau))}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{LabelWidth}" y="{y}" width="{w}" height="18" fill="{colour}"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth + w + 6}" y="{y + 15}">{SecurityElement.Escape(value)}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }
}
