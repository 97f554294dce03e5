using Diagnostic.Core.Csv;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// Writes a portrait as the portrait CSV file (UTF-8 without BOM, comma, `\n` line ends). Its fields are codes and
/// figures, never free text, so nothing is neutralised: the file is read back by programs, not only spreadsheets.
/// </summary>
public static class PortraitCsvWriter
{
    /// <summary>The portrait and change files end lines with `\n` (src/Diagnostic.Core/Analysis/README.md).</summary>
    internal static readonly CsvDialect Dialect = CsvDialect.Comma with { NewLine = "\n" };

    public static async Task WriteAsync(Portrait portrait, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var table = CsvTable.To(writer, Dialect);
        foreach (var name in PortraitColumns.Names) table.Code(name);
        await table.EndRowAsync(cancellationToken);
        foreach (var row in portrait.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            table.Code(PortraitColumns.AudienceCode(row)).Code(row.Neighbourhood).Code(PortraitColumns.LevelCode(row.Level)).Code(row.Id);
            foreach (var figure in PortraitColumns.Figures(row))
            {
                table.Code(PortraitColumns.Format(figure));
            }
            table.Code(row.Suppressed ? "true" : "false");
            await table.EndRowAsync(cancellationToken);
        }
        await table.FlushAsync(cancellationToken);
    }

    public static string ToCsv(Portrait portrait)
    {
        using var writer = new StringWriter();
        WriteAsync(portrait, writer).GetAwaiter().GetResult();
        return writer.ToString();
    }
}
