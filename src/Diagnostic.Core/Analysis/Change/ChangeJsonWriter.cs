using System.Text;
using System.Text.Json;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// Writes the change rows as a JSON array of objects keyed like the CSV header;
/// an undefined figure is null, never NaN or Infinity.
/// </summary>
public static class ChangeJsonWriter
{
    public static void Write(IEnumerable<ChangeRow> rows, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in rows)
        {
            WriteRow(json, row);
        }

        json.WriteEndArray();
    }

    public static string ToJson(IEnumerable<ChangeRow> rows)
    {
        using var stream = new MemoryStream();
        Write(rows, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteRow(Utf8JsonWriter json, ChangeRow row)
    {
        json.WriteStartObject();
        json.WriteString("audience", row.Audience.ToCode());
        json.WriteString("neighbourhood", row.Neighbourhood);
        json.WriteString("level", ChangeCsvWriter.LevelCode(row.Level));
        json.WriteString("id", row.Id);
        Integer(json, "n_before", row.NBefore);
        Integer(json, "n_after", row.NAfter);
        Number(json, "before", row.Before);
        Number(json, "after", row.After);
        Number(json, "diff", row.Diff);
        Number(json, "ci_low", row.CiLow);
        Number(json, "ci_high", row.CiHigh);
        Number(json, "p", row.P);
        Number(json, "q", row.Q);
        if (row.Flag is null)
        {
            json.WriteNull("flag");
        }
        else
        {
            json.WriteString("flag", row.Flag);
        }

        json.WriteBoolean("suppressed", row.Suppressed);
        json.WriteEndObject();
    }

    private static void Integer(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
