using System.Text;

namespace Diagnostic.Core.Analysis;

/// <summary>Writes a portrait as the portrait CSV file (UTF-8 without BOM, comma, `\n` line ends).</summary>
public static class PortraitCsvWriter
{
    public static async Task WriteAsync(Portrait portrait, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await writer.WriteAsync(PortraitColumns.Header + "\n");
        var line = new StringBuilder(256);
        foreach (var row in portrait.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Clear();
            line.Append(PortraitCsvLine.Escape(PortraitColumns.AudienceCode(row))).Append(',')
                .Append(PortraitCsvLine.Escape(row.Neighbourhood)).Append(',')
                .Append(PortraitColumns.LevelCode(row.Level)).Append(',')
                .Append(PortraitCsvLine.Escape(row.Id));
            foreach (var figure in PortraitColumns.Figures(row))
            {
                line.Append(',').Append(PortraitCsvLine.Escape(PortraitColumns.Format(figure)));
            }
            line.Append(',').Append(row.Suppressed ? "true" : "false").Append('\n');
            await writer.WriteAsync(line, cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
    }

    public static string ToCsv(Portrait portrait)
    {
        using var writer = new StringWriter();
        WriteAsync(portrait, writer).GetAwaiter().GetResult();
        return writer.ToString();
    }
}
