using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>Reads the `scales` map: each scale has `points` (at least two, codes strictly increasing) and an optional `dont_know`.</summary>
internal static class ScaleReader
{
    private static readonly string[] ScaleKeys = ["points", "dont_know"];
    private static readonly string[] PointKeys = ["code"];

    /// <summary>Every declared scale id, with null for a scale that has errors (so questions using it add no
    /// "unknown scale" error on top).</summary>
    public static Dictionary<string, Scale?> ReadAll(YamlNode node, YamlReadContext context)
    {
        var scales = new Dictionary<string, Scale?>(StringComparer.Ordinal);
        var map = YamlMap.From(node, "'scales'", context);
        foreach (var (id, _) in map?.Keys ?? [])
        {
            scales[id] = Read(id, map!.Value(id)!, context);
        }

        return scales;
    }

    private static Scale? Read(string id, YamlNode node, YamlReadContext context)
    {
        var map = YamlMap.From(node, $"scale '{id}'", context);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(ScaleKeys);
        var dontKnow = map.Text("dont_know", required: false);
        var pointsNode = map.Sequence("points", required: true);
        if (pointsNode is null)
        {
            return null;
        }

        var points = ReadPoints(pointsNode, context);
        if (pointsNode.Children.Count < 2)
        {
            context.Error(pointsNode, $"scale '{id}' needs at least 2 points (it has {pointsNode.Children.Count})");
            return null;
        }

        var invalidDontKnow = map.Has("dont_know") && dontKnow is null;
        return points is null || invalidDontKnow ? null : new Scale(id, points, dontKnow);
    }

    /// <summary>The points, or null when one of them is wrong (every problem reported).</summary>
    private static List<ScalePoint>? ReadPoints(YamlSequenceNode pointsNode, YamlReadContext context)
    {
        var points = new List<ScalePoint>();
        var valid = true;
        (int Code, YamlNode Node)? previous = null;
        foreach (var pointNode in pointsNode.Children)
        {
            var map = YamlMap.From(pointNode, "a scale point", context);
            if (map is null)
            {
                valid = false;
                continue;
            }

            map.RejectUnknownKeys(PointKeys, LocalizedTextReader.IsLanguage);
            var code = map.Integer("code", required: true);
            var label = LocalizedTextReader.FromLanguages(map, "a scale point", context);
            if (code is { } c && previous is { } p)
            {
                CheckOrder(c, map.Value("code")!, p, context);
            }

            if (code is { } current)
            {
                previous = (current, map.Value("code")!);
            }

            valid &= code is not null && label is not null;
            if (code is not null && label is not null)
            {
                points.Add(new ScalePoint(code.Value, label));
            }
        }

        var increasing = points.Zip(points.Skip(1)).All(pair => pair.First.Code < pair.Second.Code);
        return valid && increasing ? points : null;
    }

    private static void CheckOrder(int code, YamlNode node, (int Code, YamlNode Node) previous, YamlReadContext context)
    {
        if (code == previous.Code)
        {
            context.Error(node, $"duplicate scale point code {code} (already at line {previous.Node.Start.Line})");
        }
        else if (code < previous.Code)
        {
            context.Error(node, $"scale point codes must be strictly increasing: {code} comes after {previous.Code}");
        }
    }
}
