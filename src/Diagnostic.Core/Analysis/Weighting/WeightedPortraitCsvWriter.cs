using System.Text;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>Writes the weighted portrait file (UTF-8 without BOM, comma, `\n` line ends, numbers as the portrait's).</summary>
public static class WeightedPortraitCsvWriter
{
    public const string Header = "audience,neighbourhood,level,id,n,population,weight,estimate,ci_low,ci_high,deff,n_eff,suppressed";

    public static async Task WriteAsync(WeightedPortrait portrait, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await writer.WriteAsync(Header + "\n");
        var line = new StringBuilder(256);
        foreach (var row in portrait.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Clear();
            line.Append(row.Audience.ToCode()).Append(',')
                .Append(PortraitCsvLine.Escape(row.Neighbourhood)).Append(',')
                .Append(LevelCode(row.Level)).Append(',')
                .Append(PortraitCsvLine.Escape(row.Id));
            foreach (var figure in Figures(row))
            {
                line.Append(',').Append(PortraitColumns.Format(figure));
            }
            line.Append(',').Append(row.Suppressed ? "true" : "false").Append('\n');
            await writer.WriteAsync(line, cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
    }

    public static string ToCsv(WeightedPortrait portrait)
    {
        using var writer = new StringWriter();
        WriteAsync(portrait, writer).GetAwaiter().GetResult();
        return writer.ToString();
    }

    public static string LevelCode(WeightedLevel level) => level switch
    {
        WeightedLevel.Weight => "weight",
        WeightedLevel.Question => "question",
        WeightedLevel.Choice => "choice",
        WeightedLevel.Dimension => "dimension",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>n … n_eff; all null for a suppressed row.</summary>
    private static object?[] Figures(WeightedPortraitRow row) => row.Suppressed
        ? new object?[8]
        : [row.N, row.Population, row.Weight, row.Estimate, row.CiLow, row.CiHigh, row.Deff, row.NEff];
}
