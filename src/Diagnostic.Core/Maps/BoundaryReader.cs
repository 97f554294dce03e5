using System.Globalization;
using System.Text.Json;
using Diagnostic.Core.Questionnaires;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Diagnostic.Core.Maps;

/// <summary>
/// Reads neighbourhood boundaries from a GeoJSON FeatureCollection (RFC 7946: WGS84 longitude/latitude), one
/// Polygon or MultiPolygon feature per neighbourhood, its code in a property named at import (`code` by default).
/// Each feature is checked on its own so every problem is reported with the feature it is in: rings that do not
/// close (checked on the raw coordinates, before NetTopologySuite would refuse them with no location), positions
/// outside longitude/latitude, invalid polygons (self-intersection...) as NetTopologySuite's IsValidOp finds them,
/// a code that matches no neighbourhood, a code twice. A file with any problem is refused whole.
/// </summary>
public static class BoundaryReader
{
    public const string DefaultCodeProperty = "code";

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static BoundaryReadResult Read(byte[] content, string fileName, string codeProperty, IReadOnlySet<string> codes)
    {
        var errors = new List<BoundaryError>();
        var (text, line, column) = StrictUtf8.Decode(content);
        if (text is null)
        {
            return Failed(new BoundaryError(fileName, 0, $"the file is not valid UTF-8 (line {line}, column {column}): save it as UTF-8"));
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return Failed(new BoundaryError(fileName, 0, $"not valid JSON (line {e.LineNumber + 1}): {e.Message}"));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                return Failed(new BoundaryError(fileName, 0, "the file must be a GeoJSON FeatureCollection with a \"features\" array"));
            }
            var shapes = new List<NeighbourhoodShape>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                index++;
                if (Feature(feature, index, fileName, codeProperty, codes, seen, errors) is { } shape) shapes.Add(shape);
            }
            if (index == 0) errors.Add(new BoundaryError(fileName, 0, "the FeatureCollection has no feature"));
            return errors.Count > 0 ? new BoundaryReadResult(null, errors) : new BoundaryReadResult(shapes, []);
        }
    }

    private static NeighbourhoodShape? Feature(
        JsonElement feature, int index, string file, string codeProperty, IReadOnlySet<string> codes, Dictionary<string, int> seen, List<BoundaryError> errors)
    {
        var before = errors.Count;
        void Error(string message) => errors.Add(new BoundaryError(file, index, message));
        string? code = null;
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object
            || !properties.TryGetProperty(codeProperty, out var codeValue) || codeValue.ValueKind != JsonValueKind.String || codeValue.GetString() is not { Length: > 0 } text)
        {
            Error($"no property '{codeProperty}' with the neighbourhood's code");
        }
        else
        {
            code = text;
            if (!codes.Contains(code)) Error($"code '{code}' matches no neighbourhood of the territory");
            else if (seen.TryGetValue(code, out var first)) Error($"code '{code}' is already the code of feature {first}");
            else seen[code] = index;
        }
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out var kind) || kind.GetString() is not ("Polygon" or "MultiPolygon")
            || !geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            Error("the geometry must be a Polygon or a MultiPolygon with coordinates");
            return null;
        }
        var polygons = kind.GetString() == "Polygon" ? [coordinates] : coordinates.EnumerateArray().ToList();
        for (var p = 0; p < polygons.Count; p++)
        {
            var rings = polygons[p].ValueKind == JsonValueKind.Array ? polygons[p].EnumerateArray().ToList() : [];
            if (rings.Count == 0) Error($"polygon {p + 1} has no ring");
            for (var r = 0; r < rings.Count; r++)
            {
                if (RingProblem(rings[r]) is { } problem) Error($"polygon {p + 1}, ring {r + 1}: {problem}");
            }
        }
        if (errors.Count > before) return null;
        var shape = geometry.Deserialize<Geometry>(GeoJson)!;
        var validity = new IsValidOp(shape);
        if (!validity.IsValid)
        {
            var where = validity.ValidationError.Coordinate;
            Error(string.Create(CultureInfo.InvariantCulture, $"invalid polygon: {validity.ValidationError.Message} near ({where.X}, {where.Y})"));
            return null;
        }
        return new NeighbourhoodShape(code!, shape, geometry.GetRawText());
    }

    /// <summary>Null when the ring is a closed list of at least four longitude/latitude positions.</summary>
    private static string? RingProblem(JsonElement ring)
    {
        if (ring.ValueKind != JsonValueKind.Array) return "a ring must be an array of positions";
        var positions = new List<(double Lon, double Lat)>();
        foreach (var position in ring.EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
            {
                return "a position must be [longitude, latitude]";
            }
            var (lon, lat) = (position[0].GetDouble(), position[1].GetDouble());
            if (lon is < -180 or > 180 || lat is < -90 or > 90)
                return string.Create(CultureInfo.InvariantCulture, $"position [{lon}, {lat}] is not a WGS84 longitude/latitude");
            positions.Add((lon, lat));
        }
        if (positions.Count < 4) return $"a ring needs at least 4 positions, found {positions.Count}";
        return positions[0] == positions[^1] ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"the ring does not close: it starts at [{positions[0].Lon}, {positions[0].Lat}] and ends at [{positions[^1].Lon}, {positions[^1].Lat}]");
    }

    private static BoundaryReadResult Failed(BoundaryError error) => new(null, [error]);
}
