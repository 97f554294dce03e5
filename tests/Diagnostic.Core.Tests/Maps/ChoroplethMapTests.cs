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
        var factory = new GeometryFactory();
        Polygon Square(double x) => factory.CreatePolygon([new(x, 46), new(x + 0.01, 46), new(x + 0.01, 46.01), new(x, 46.01), new(x, 46)]);
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
}
