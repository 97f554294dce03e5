using System.Text.Json;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// Reads back what PortraitJsonWriter wrote (an archived portrait). The JSON holds only the rows, so the
/// questionnaire and min_cell the figures were computed with come from the caller (the archive's record).
/// The input is our own output, so a malformed document is a bug and throws.
/// </summary>
public static class PortraitJsonReader
{
    public static Portrait Read(string json, string questionnaireId, int questionnaireVersion, int minCell)
    {
        using var document = JsonDocument.Parse(json);
        var rows = document.RootElement.EnumerateArray().Select(ReadRow).ToList();
        return new Portrait(questionnaireId, questionnaireVersion, minCell, rows);
    }

    private static PortraitRow ReadRow(JsonElement row)
    {
        var audienceCode = row.GetProperty("audience").GetString()!;
        if (!AudienceCodes.TryParse(audienceCode, out var audience))
            throw new JsonException($"unknown audience '{audienceCode}' in a portrait row");
        return new PortraitRow(
            audience,
            row.GetProperty("neighbourhood").GetString()!,
            Level(row.GetProperty("level").GetString()!),
            row.GetProperty("id").GetString()!,
            N: Int(row, "n"),
            Count: Int(row, "count"),
            Mean: Double(row, "mean"),
            Sd: Double(row, "sd"),
            Pct: Double(row, "pct"),
            CiLow: Double(row, "ci_low"),
            CiHigh: Double(row, "ci_high"),
            Score: Double(row, "score"),
            Alpha: Double(row, "alpha"),
            Diff: Double(row, "diff"),
            P: Double(row, "p"),
            Q: Double(row, "q"),
            Flag: row.GetProperty("flag").GetString(),
            Suppressed: row.GetProperty("suppressed").GetBoolean());
    }

    private static FigureLevel Level(string code) =>
        Enum.GetValues<FigureLevel>().Where(l => PortraitColumns.LevelCode(l) == code).Cast<FigureLevel?>().FirstOrDefault()
        ?? throw new JsonException($"unknown level '{code}' in a portrait row");

    private static int? Int(JsonElement row, string name) =>
        row.GetProperty(name) is { ValueKind: not JsonValueKind.Null } value ? value.GetInt32() : null;

    private static double? Double(JsonElement row, string name) =>
        row.GetProperty(name) is { ValueKind: not JsonValueKind.Null } value ? value.GetDouble() : null;
}
