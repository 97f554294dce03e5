using System.Globalization;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>GeoJSON boundaries for nord, est and sud of Ville-Test: squares side by side, and ways to break them.</summary>
internal static class BoundaryData
{
    public static string Square(string code, double west, string property = "code", bool close = true)
    {
        var (e, s, n) = (west + 0.01, 46.50, 46.51);
        var ring = $"[{P(west, s)},{P(e, s)},{P(e, n)},{P(west, n)}" + (close ? $",{P(west, s)}]" : "]");
        return Feature(code, ring, property);
    }

    /// <summary>A bow-tie: closed, but its edges cross.</summary>
    public static string BowTie(string code, double west)
    {
        var (e, s, n) = (west + 0.01, 46.50, 46.51);
        return Feature(code, $"[{P(west, s)},{P(e, n)},{P(e, s)},{P(west, n)},{P(west, s)}]", "code");
    }

    public static string Collection(params string[] features) => $"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(",", features)}]}}";

    public static string Valid(string property = "code") =>
        Collection(Square("nord", -72.80, property), Square("est", -72.79, property), Square("sud", -72.78, property));

    private static string Feature(string code, string ring, string property) =>
        $"{{\"type\":\"Feature\",\"properties\":{{\"{property}\":\"{code}\",\"nom\":\"Quartier {code}\"}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[{ring}]}}}}";

    private static string P(double lon, double lat) => string.Create(CultureInfo.InvariantCulture, $"[{lon},{lat}]");
}
