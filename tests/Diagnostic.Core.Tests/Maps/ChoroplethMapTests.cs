using System.Text;
using Diagnostic.Core.Formatting;
using Diagnostic.Core.Maps;
using NetTopologySuite.Geometries;

namespace Diagnostic.Core.Tests.Maps;

/// <summary>Boundaries read from GeoJSON and the choropleth drawn from them.</summary>
public sealed class ChoroplethMapTests
{
    private static readonly HashSet<string> Codes = ["a", "b", "c"];

    private static string Feature(string code, string geometry) =>
        $"{{\"type\":\"Feature\",\"properties\":{{\"code\":\"{code}\"}},\"geometry\":{geometry}}}";

    private static BoundaryReadResult Read(params string[] features) => BoundaryReader.Read(
        Encoding.UTF8.GetBytes($"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(",", features)}]}}"), "f.geojson", "code", Codes);

    [Fact]
    public void A_multipolygon_with_a_hole_is_read_as_one_neighbourhood()
    {
        var read = Read(Feature("a", "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[2,1],[1,1]]],[[[5,5],[6,5],[6,6],[5,5]]]]}"));

        Assert.Empty(read.Errors);
        var shape = Assert.Single(read.Shapes!);
        Assert.Equal(2, shape.Geometry.NumGeometries);
        Assert.Equal(16 - 1 + 0.5, shape.Geometry.Area, 9);
    }

    [Fact]
    public void Positions_outside_longitude_latitude_and_non_polygons_are_refused_with_their_feature()
    {
        var read = Read(
            Feature("a", "{\"type\":\"Polygon\",\"coordinates\":[[[250000,5100000],[250100,5100000],[250100,5100100],[250000,5100000]]]}"),
            Feature("b", "{\"type\":\"Point\",\"coordinates\":[0,0]}"));

        Assert.Null(read.Shapes);
        Assert.Equal(
            ["f.geojson: feature 1: polygon 1, ring 1: position [250000, 5100000] is not a WGS84 longitude/latitude",
             "f.geojson: feature 2: the geometry must be a Polygon or a MultiPolygon with coordinates"],
            read.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Classes_are_equal_width_and_a_value_falls_in_the_class_below_its_upper_bound()
    {
        var breaks = ChoroplethMap.Breaks([10, 20, 30, 40, 50, 60]);

        Assert.Equal([(10.0, 20.0), (20.0, 30.0), (30.0, 40.0), (40.0, 50.0), (50.0, 60.0)], breaks);
        Assert.Equal(0, ChoroplethMap.ClassOf(10, breaks));
        Assert.Equal(1, ChoroplethMap.ClassOf(20, breaks));
        Assert.Equal(4, ChoroplethMap.ClassOf(60, breaks));
        Assert.Single(ChoroplethMap.Breaks([7, 7]));
        Assert.Empty(ChoroplethMap.Breaks([]));
    }

    [Fact]
    public void A_hidden_area_is_hatched_and_its_value_never_drawn()
    {
        var areas = new[]
        {
            new MapArea("a", "Alpha", Square(-72.8), 40, "40", false),
            new MapArea("b", "Bêta", Square(-72.79), 11.1, "n < 5", true),
            new MapArea("c", "Gamma", Square(-72.78), 80, "80", false),
        };

        var svg = ChoroplethMap.Svg(areas, new MapWords("Carte", "n < 5", "aucune donnée"), NumberText.French);

        Assert.Contains("<path data-code=\"b\" fill=\"url(#hatch-hidden)\"", svg);
        Assert.Contains("<path data-code=\"a\" fill=\"#eff3ff\"", svg);
        Assert.Contains("<path data-code=\"c\" fill=\"#bdd7e7\"", svg); // two shown values: two classes
        Assert.Contains(">Bêta</text>", svg);
        Assert.Contains("<title>Bêta : n &lt; 5</title>", svg);
        Assert.DoesNotContain("11,1", svg);
        Assert.Equal(4, svg.Split("class=\"legend-swatch\"").Length - 1); // two classes, hatching, no data
    }

    private static readonly GeometryFactory Geometry = new();

    private static Polygon Square(double x) => Geometry.CreatePolygon([new(x, 46), new(x + 0.01, 46), new(x + 0.01, 46.01), new(x, 46.01), new(x, 46)]);

    /// <summary>a shown (class 0), b hidden with a value it must never show, c shown (class 1), d hidden as a complement.</summary>
    private static MapArea[] FourAreas() =>
    [
        new("a", "Alpha", Square(-72.8), 40, "40", false),
        new("b", "Bêta", Square(-72.79), 11.1, "11,1", true),
        new("c", "Gamma", Square(-72.78), 80, "80", false),
        new("d", "Delta", Square(-72.77), 63.7, "63,7", true, Complement: true),
    ];

    private static readonly MapWords Words = new("Carte", "n < 5", "aucune donnée", "masqué");

    [Fact]
    public void A_complement_is_labelled_masque_and_no_hidden_value_enters_the_drawing()
    {
        var drawing = ChoroplethMap.Layout(FourAreas(), Words, NumberText.French);
        var svg = MapSvg.Write(drawing);

        Assert.Contains("<title>Delta : masqué</title>", svg);
        Assert.Contains("<title>Bêta : n &lt; 5</title>", svg);
        Assert.Contains("<path data-code=\"d\" fill=\"url(#hatch-hidden)\"", svg);
        Assert.Equal(["masqué"], drawing.Labels.Where(l => !l.Bold).Select(l => l.Text).Where(t => t == "masqué"));
        var texts = drawing.Labels.Select(l => l.Text).Concat(drawing.Legend.Select(l => l.Text)).Concat(drawing.Shapes.Select(s => s.Tooltip)).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("11,1") || t.Contains("63,7"));
        Assert.DoesNotContain("11,1", svg);
        Assert.DoesNotContain("63,7", svg);
        // Two classes, the hatching as « n < 5 » and as « masqué », no data.
        Assert.Equal(["40 – 60", "60 – 80", "n < 5", "masqué", "aucune donnée"], drawing.Legend.Select(l => l.Text.Replace('\u202F', ' ').Replace('\u00A0', ' ')));
    }

    /// <summary>
    /// The PNG is the SVG's layout at twice its size; inside a hidden square every pixel is white, the hatching's grey or
    /// a label's black and white (R = G = B), never a colour of the blue scale, while a shown square carries its colour.
    /// </summary>
    [Fact]
    public void The_png_is_the_same_drawing_at_twice_the_size_and_never_colours_a_hidden_area()
    {
        var drawing = ChoroplethMap.Layout(FourAreas(), Words, NumberText.French);

        var png = MapPng.Write(drawing, 2);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal((int)Math.Ceiling(drawing.Width * 2), bitmap.Width);
        Assert.Equal((int)Math.Ceiling(drawing.Height * 2), bitmap.Height);
        foreach (var hidden in new[] { "b", "d" })
        {
            var pixels = Inside(bitmap, drawing.Shapes.Single(s => s.Code == hidden), 2).ToList();
            Assert.All(pixels, p => Assert.True(Math.Abs(p.Red - p.Green) <= 2 && Math.Abs(p.Green - p.Blue) <= 2, $"{hidden}: {p}"));
            Assert.Contains(pixels, p => p.Red == 255); // white between the lines
            Assert.Contains(pixels, p => p.Red < 110); // the lines themselves (#555555)
        }
        var shown = Inside(bitmap, drawing.Shapes.Single(s => s.Code == "a"), 2).ToList();
        Assert.Contains(shown, p => p == SkiaSharp.SKColor.Parse(ChoroplethMap.Classes[0]));
        Assert.DoesNotContain(shown, p => p == SkiaSharp.SKColor.Parse(ChoroplethMap.Classes[1]));
    }

    /// <summary>The pixels of a shape's bounding box, 3 units in from its outline.</summary>
    private static IEnumerable<SkiaSharp.SKColor> Inside(SkiaSharp.SKBitmap bitmap, MapShape shape, double scale)
    {
        var ring = shape.Rings[0];
        var (left, right) = (ring.Min(p => p.X) + 3, ring.Max(p => p.X) - 3);
        var (top, bottom) = (ring.Min(p => p.Y) + 3, ring.Max(p => p.Y) - 3);
        for (var y = (int)(top * scale); y < (int)(bottom * scale); y++)
            for (var x = (int)(left * scale); x < (int)(right * scale); x++)
                yield return bitmap.GetPixel(x, y);
    }
}
