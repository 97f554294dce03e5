using System.Text.Json;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// Writes a portrait as a JSON array, one object per row with the CSV's field names; null for empty cells.
/// Unlike the CSV, a dimension row keeps its sd: an archived portrait (retention) must still give the change
/// between two collectes its Welch interval. PortraitJsonReader reads it back.
/// </summary>
public static class PortraitJsonWriter
{
    public static async Task WriteAsync(Portrait portrait, Stream stream, CancellationToken cancellationToken = default)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in portrait.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteRow(json, row);
            if (json.BytesPending > 64 * 1024)
            {
                await json.FlushAsync(cancellationToken);
            }
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    public static string ToJson(Portrait portrait)
    {
        using var stream = new MemoryStream();
        WriteAsync(portrait, stream).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static readonly int SdIndex = PortraitColumns.Names.ToList().IndexOf("sd") - 4;

    private static void WriteRow(Utf8JsonWriter json, PortraitRow row)
    {
        json.WriteStartObject();
        json.WriteString("audience", PortraitColumns.AudienceCode(row));
        json.WriteString("neighbourhood", row.Neighbourhood);
        json.WriteString("level", PortraitColumns.LevelCode(row.Level));
        json.WriteString("id", row.Id);
        var figures = PortraitColumns.Figures(row);
        if (row.Level == FigureLevel.Dimension && !row.Suppressed)
        {
            figures[SdIndex] = row.Sd;
        }
        for (var i = 0; i < figures.Length; i++)
        {
            var name = PortraitColumns.Names[4 + i];
            switch (figures[i])
            {
                case null: json.WriteNull(name); break;
                case int n: json.WriteNumber(name, n); break;
                case double d: json.WriteNumber(name, d); break;
                case string s: json.WriteString(name, s); break;
            }
        }
        json.WriteBoolean("suppressed", row.Suppressed);
        json.WriteEndObject();
    }
}
