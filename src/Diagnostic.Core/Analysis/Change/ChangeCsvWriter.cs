using System.Globalization;
using Diagnostic.Core.Csv;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// Writes the change file (src/Diagnostic.Core/Analysis/README.md): one row per figure, `.` decimals, empty when undefined, through
/// <see cref="CsvTable"/> like the portrait file (codes and figures only, so nothing is neutralised).
/// </summary>
public static class ChangeCsvWriter
{
    public const string Header = "audience,neighbourhood,level,id,n_before,n_after,before,after,diff,ci_low,ci_high,p,q,flag,suppressed";

    public static void Write(IEnumerable<ChangeRow> rows, TextWriter writer)
    {
        using var table = CsvTable.To(writer, PortraitCsvWriter.Dialect);
        foreach (var name in Header.Split(',')) table.Code(name);
        table.EndRow();
        foreach (var row in rows)
        {
            foreach (var field in Fields(row)) table.Code(field);
            table.EndRow();
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
        row.Neighbourhood,
        LevelCode(row.Level),
        row.Id,
        Integer(row.NBefore),
        Integer(row.NAfter),
        Number(row.Before),
        Number(row.After),
        Number(row.Diff),
        Number(row.CiLow),
        Number(row.CiHigh),
        Number(row.P),
        Number(row.Q),
        row.Flag ?? "",
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
}
