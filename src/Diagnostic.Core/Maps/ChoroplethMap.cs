using System.Text;
using Diagnostic.Core.Formatting;
using NetTopologySuite.Geometries;

namespace Diagnostic.Core.Maps;

/// <summary>
/// A choropleth SVG drawn from the neighbourhoods' own geometry, no tile server: longitude/latitude projected
/// equirectangularly around the territory's mean latitude (distances true enough at a city's scale), north up.
/// Shown values fall into up to five equal-width classes of a sequential blue scale (readable with colour-vision
/// deficiencies); a hidden figure is hatched with « n &lt; 5 » and never takes a class colour; each area is
/// labelled with its name and value, and the legend lists every class, the hatching and « no data ».
/// </summary>
public static class ChoroplethMap
{
    public const double Width = 640;
    private const double Margin = 12;
    private const double LegendRow = 22;
    public const string HiddenFill = "url(#hatch-hidden)";
    public const string NoDataFill = "#dddddd";
    public static readonly string[] Classes = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"];

    public static string Svg(IReadOnlyList<MapArea> areas, MapWords words, NumberText numbers)
    {
        var bounds = new Envelope();
        foreach (var area in areas) bounds.ExpandToInclude(area.Geometry.EnvelopeInternal);
        var cos = Math.Cos(bounds.Centre.Y * Math.PI / 180);
        var plotWidth = Width - 2 * Margin;
        var scale = plotWidth / Math.Max(bounds.Width * cos, 1e-9);
        var mapHeight = Math.Min(bounds.Height * scale, plotWidth * 1.2);
        scale = Math.Min(scale, mapHeight / Math.Max(bounds.Height, 1e-9));
        var offsetX = Margin + (plotWidth - bounds.Width * cos * scale) / 2;
        (double X, double Y) Project(Coordinate c) => (offsetX + (c.X - bounds.MinX) * cos * scale, Margin + (bounds.MaxY - c.Y) * scale);

        var breaks = Breaks(areas.Where(a => !a.Hidden && a.Value is not null).Select(a => a.Value!.Value).ToList());
        var legend = breaks.Count + 2;
        var height = Margin + mapHeight + Margin + legend * LegendRow + Margin;
        var svg = SvgMarkup.Open(Width, height, words.Title);
        svg.Append("<defs><pattern id=\"hatch-hidden\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#555555\" stroke-width=\"3\"/></pattern></defs>");
        foreach (var area in areas)
        {
            var fill = area.Hidden ? HiddenFill : area.Value is { } v ? Classes[ClassOf(v, breaks)] : NoDataFill;
            svg.Append($"<path data-code=\"{SvgMarkup.Escape(area.Code)}\" fill=\"{fill}\" stroke=\"#333333\" stroke-width=\"1\" fill-rule=\"evenodd\" d=\"{PathData(area.Geometry, Project)}\">")
                .Append($"<title>{SvgMarkup.Escape(area.Name)} : {SvgMarkup.Escape(area.Hidden ? words.HiddenLabel : area.ValueText)}</title></path>");
        }
        foreach (var area in areas)
        {
            var (x, y) = Project(area.Geometry.InteriorPoint.Coordinate);
            var dark = !area.Hidden && area.Value is { } v && ClassOf(v, breaks) >= 3;
            var ink = dark ? "#ffffff" : "#111111";
            Label(svg, x, y - 2, area.Name, ink, "bold");
            Label(svg, x, y + 12, area.Hidden ? words.HiddenLabel : area.ValueText, ink, "normal");
        }
        var legendTop = Margin + mapHeight + Margin;
        for (var i = 0; i < breaks.Count; i++)
        {
            var low = i == 0 ? breaks[0].Low : breaks[i].Low;
            Swatch(svg, legendTop + i * LegendRow, Classes[i], $"{numbers.Number(low, Decimals(breaks))} – {numbers.Number(breaks[i].High, Decimals(breaks))}");
        }
        Swatch(svg, legendTop + breaks.Count * LegendRow, HiddenFill, words.HiddenLabel);
        Swatch(svg, legendTop + (breaks.Count + 1) * LegendRow, NoDataFill, words.NoData);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Up to five equal-width classes over the shown values (one when they are all equal, none when there is none).</summary>
    public static IReadOnlyList<(double Low, double High)> Breaks(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return [];
        var (min, max) = (values.Min(), values.Max());
        if (max - min < 1e-9) return [(min, max)];
        var count = Math.Min(Classes.Length, values.Distinct().Count());
        var step = (max - min) / count;
        return Enumerable.Range(0, count).Select(i => (min + i * step, i == count - 1 ? max : min + (i + 1) * step)).ToList();
    }

    public static int ClassOf(double value, IReadOnlyList<(double Low, double High)> breaks)
    {
        for (var i = 0; i < breaks.Count - 1; i++)
            if (value < breaks[i].High) return i;
        return Math.Max(0, breaks.Count - 1);
    }

    private static int Decimals(IReadOnlyList<(double Low, double High)> breaks) =>
        breaks.Count > 0 && breaks[^1].High - breaks[0].Low < 10 ? 1 : 0;

    private static void Label(StringBuilder svg, double x, double y, string text, string ink, string weight) =>
        svg.Append($"<text x=\"{SvgMarkup.N(x)}\" y=\"{SvgMarkup.N(y)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{ink}\" font-weight=\"{weight}\" stroke=\"{(ink == "#ffffff" ? "#08519c" : "#ffffff")}\" stroke-width=\"2.5\" paint-order=\"stroke\">{SvgMarkup.Escape(text)}</text>");

    private static void Swatch(StringBuilder svg, double y, string fill, string text)
    {
        svg.Append($"<rect class=\"legend-swatch\" x=\"{Margin}\" y=\"{SvgMarkup.N(y)}\" width=\"18\" height=\"14\" fill=\"{fill}\" stroke=\"#333333\"/>");
        SvgMarkup.Text(svg, Margin + 26, y + 12, text, 12);
    }

    private static string PathData(Geometry geometry, Func<Coordinate, (double X, double Y)> project)
    {
        var data = new StringBuilder();
        for (var g = 0; g < geometry.NumGeometries; g++)
        {
            if (geometry.GetGeometryN(g) is not Polygon polygon) continue;
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                var points = ring.Coordinates;
                for (var i = 0; i < points.Length - 1; i++)
                {
                    var (x, y) = project(points[i]);
                    data.Append(i == 0 ? 'M' : 'L').Append(SvgMarkup.N(x)).Append(' ').Append(SvgMarkup.N(y)).Append(' ');
                }
                data.Append("Z ");
            }
        }
        return data.ToString().TrimEnd();
    }
}
