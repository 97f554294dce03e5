using System.Globalization;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Change;

/// <summary>Writes the change file (shared/analysis.md): one row per figure, `.` decimals, empty when undefined.</summary>
public static class ChangeCsvWriter
{
    public const string Header = "audience,neighbourhood,level,id,n_before,n_after,before,after,diff,ci_low,ci_high,p,q,flag,suppressed";

    public static void Write(IEnumerable<ChangeRow> rows, TextWriter writer)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var row in rows)
        {
            writer.Write(string.Join(',', Fields(row)));
            writer.Write('\n');
        }
    }

    public static string ToCsv(IEnumerable<ChangeRow> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(rows, writer);
        return writer.ToString();
    }

    private static IEnumerable<string> Fields(ChangeRow row) =>
    [
        row.Audience.ToCode(),
        Text(row.Neighbourhood),
        LevelCode(row.Level),
        Text(row.Id),
        Integer(row.NBefore),
        Integer(row.NAfter),
        Number(row.Before),
        Number(row.After),
        Number(row.Diff),
        Number(row.CiLow),
        Number(row.CiHigh),
        Number(row.P),
        Number(row.Q),
        Text(row.Flag ?? ""),
        row.Suppressed ? "true" : "false",
    ];

    internal static string LevelCode(FigureLevel level) => level switch
    {
        FigureLevel.Question => "question",
        FigureLevel.Choice => "choice",
        FigureLevel.Dimension => "dimension",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    private static string Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    // "R" round-trips every double; a non-finite value is not a figure, so it is written as undefined.
    private static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Text(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"")}\"";
}
