using Diagnostic.Core.Formatting;
using NetTopologySuite.Geometries;

namespace Diagnostic.Core.Maps;

/// <summary>
/// A choropleth drawn from the neighbourhoods' own geometry, no tile server: longitude/latitude projected
/// equirectangularly around the territory's mean latitude (distances true enough at a city's scale), north up.
/// Shown values fall into up to five equal-width classes of a sequential blue scale (readable with colour-vision
/// deficiencies); a hidden figure is hatched and never takes a class colour, labelled « n &lt; 5 » (or « masqué »
/// when hidden as a complement), and its value never enters the drawing; each area is labelled with its name and
/// value, and the legend lists every class, the hatching and « no data ». Laid out once (<see cref="Layout"/>),
/// written as SVG (<see cref="MapSvg"/>) or PNG (<see cref="MapPng"/>).
/// </summary>
public static class ChoroplethMap
{
    public const double Width = 640;
    public const double Margin = 12;
    private const double LegendRow = 22;
    public const string NoDataColour = "#dddddd";
    public static readonly string[] Classes = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"];

    public static string Svg(IReadOnlyList<MapArea> areas, MapWords words, NumberText numbers) => MapSvg.Write(Layout(areas, words, numbers));

    /// <param name="scale">Pixels per user unit: 2 gives a 1 280 px wide image, sharp on a printed page.</param>
    public static byte[] Png(IReadOnlyList<MapArea> areas, MapWords words, NumberText numbers, double scale = MapPng.DefaultScale) =>
        MapPng.Write(Layout(areas, words, numbers), scale);

    public static MapDrawing Layout(IReadOnlyList<MapArea> areas, MapWords words, NumberText numbers)
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
        string Text(MapArea area) => !area.Hidden ? area.ValueText : area.Complement ? words.ComplementLabel : words.HiddenLabel;
        MapFill Fill(MapArea area) => area.Hidden ? MapFill.Hatch : area.Value is { } v ? new(Classes[ClassOf(v, breaks)], false) : new(NoDataColour, false);

        var shapes = areas.Select(a => new MapShape(a.Code, $"{a.Name} : {Text(a)}", Fill(a), Rings(a.Geometry, Project))).ToList();
        var labels = new List<MapLabel>();
        foreach (var area in areas)
        {
            var (x, y) = Project(area.Geometry.InteriorPoint.Coordinate);
            var light = !area.Hidden && area.Value is { } v && ClassOf(v, breaks) >= 3;
            labels.Add(new MapLabel(x, y - 2, area.Name, true, light));
            labels.Add(new MapLabel(x, y + 12, Text(area), false, light));
        }
        var legendTop = Margin + mapHeight + Margin;
        var legend = breaks.Select((b, i) => (new MapFill(Classes[i], false), $"{numbers.Number(b.Low, Decimals(breaks))} – {numbers.Number(b.High, Decimals(breaks))}")).ToList();
        legend.Add((MapFill.Hatch, words.HiddenLabel));
        if (areas.Any(a => a.Hidden && a.Complement)) legend.Add((MapFill.Hatch, words.ComplementLabel));
        legend.Add((new MapFill(NoDataColour, false), words.NoData));
        var swatches = legend.Select((l, i) => new MapSwatch(legendTop + i * LegendRow, l.Item1, l.Item2)).ToList();
        var height = legendTop + swatches.Count * LegendRow + Margin;
        return new MapDrawing(Width, height, words.Title, shapes, labels, swatches);
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

    private static List<IReadOnlyList<(double X, double Y)>> Rings(Geometry geometry, Func<Coordinate, (double X, double Y)> project)
    {
        var rings = new List<IReadOnlyList<(double X, double Y)>>();
        for (var g = 0; g < geometry.NumGeometries; g++)
        {
            if (geometry.GetGeometryN(g) is not Polygon polygon) continue;
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                rings.Add(ring.Coordinates.SkipLast(1).Select(project).ToList());
            }
        }
        return rings;
    }
}
