using System.Text.Json;
using Diagnostic.Core.DataFiles;
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
            return Failed(new BoundaryError(fileName, 0, DataFileProblem.NotUtf8Json, line, column));
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return Failed(new BoundaryError(fileName, 0, DataFileProblem.NotJson, (e.LineNumber ?? 0) + 1, e.Message));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                return Failed(new BoundaryError(fileName, 0, DataFileProblem.NotFeatureCollection));
            }
            var shapes = new List<NeighbourhoodShape>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                index++;
                if (Feature(feature, index, fileName, codeProperty, codes, seen, errors) is { } shape) shapes.Add(shape);
            }
            if (index == 0) errors.Add(new BoundaryError(fileName, 0, DataFileProblem.NoFeature));
            return errors.Count > 0 ? new BoundaryReadResult(null, errors) : new BoundaryReadResult(shapes, []);
        }
    }

    private static NeighbourhoodShape? Feature(
        JsonElement feature, int index, string file, string codeProperty, IReadOnlySet<string> codes, Dictionary<string, int> seen, List<BoundaryError> errors)
    {
        var before = errors.Count;
        void Error(DataFileProblem kind, params object[] arguments) => errors.Add(new BoundaryError(file, index, kind, arguments));
        string? code = null;
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object
            || !properties.TryGetProperty(codeProperty, out var codeValue) || codeValue.ValueKind != JsonValueKind.String || codeValue.GetString() is not { Length: > 0 } text)
        {
            Error(DataFileProblem.NoCodeProperty, codeProperty);
        }
        else
        {
            code = text;
            if (!codes.Contains(code)) Error(DataFileProblem.CodeMatchesNothing, code);
            else if (seen.TryGetValue(code, out var first)) Error(DataFileProblem.CodeTwice, code, first);
            else seen[code] = index;
        }
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out var kind) || kind.GetString() is not ("Polygon" or "MultiPolygon")
            || !geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            Error(DataFileProblem.NotPolygon);
            return null;
        }
        var polygons = kind.GetString() == "Polygon" ? [coordinates] : coordinates.EnumerateArray().ToList();
        for (var p = 0; p < polygons.Count; p++)
        {
            var rings = polygons[p].ValueKind == JsonValueKind.Array ? polygons[p].EnumerateArray().ToList() : [];
            if (rings.Count == 0) Error(DataFileProblem.PolygonWithoutRing, p + 1);
            for (var r = 0; r < rings.Count; r++)
            {
                if (RingProblem(rings[r]) is { } problem) Error(problem.Kind, [p + 1, r + 1, .. problem.Details]);
            }
        }
        if (errors.Count > before) return null;
        var shape = geometry.Deserialize<Geometry>(GeoJson)!;
        var validity = new IsValidOp(shape);
        if (!validity.IsValid)
        {
            var where = validity.ValidationError.Coordinate;
            var invalid = validity.ValidationError;
            // Six decimals place the point within about 10 cm, without the float noise of a computed intersection.
            Error(DataFileProblem.InvalidPolygon, invalid.ErrorType.ToString(), Math.Round(where.X, 6), Math.Round(where.Y, 6), invalid.Message);
            return null;
        }
        return new NeighbourhoodShape(code!, shape, geometry.GetRawText());
    }

    /// <summary>Null when the ring is a closed list of at least four longitude/latitude positions; else the problem and its details.</summary>
    private static (DataFileProblem Kind, object[] Details)? RingProblem(JsonElement ring)
    {
        if (ring.ValueKind != JsonValueKind.Array) return (DataFileProblem.RingNotArray, []);
        var positions = new List<(double Lon, double Lat)>();
        foreach (var position in ring.EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
            {
                return (DataFileProblem.PositionInvalid, []);
            }
            var (lon, lat) = (position[0].GetDouble(), position[1].GetDouble());
            if (lon is < -180 or > 180 || lat is < -90 or > 90)
                return (DataFileProblem.PositionOutOfRange, [lon, lat]);
            positions.Add((lon, lat));
        }
        if (positions.Count < 4) return (DataFileProblem.RingTooShort, [positions.Count]);
        return positions[0] == positions[^1] ? null
            : (DataFileProblem.RingNotClosed, [positions[0].Lon, positions[0].Lat, positions[^1].Lon, positions[^1].Lat]);
    }

    private static BoundaryReadResult Failed(BoundaryError error) => new(null, [error]);
}
