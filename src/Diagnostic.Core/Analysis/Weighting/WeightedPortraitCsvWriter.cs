using Diagnostic.Core.Csv;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>Writes the weighted portrait file (UTF-8 without BOM, comma, `\n` line ends, numbers as the portrait's).</summary>
public static class WeightedPortraitCsvWriter
{
    public const string Header = "audience,neighbourhood,level,id,n,population,weight,estimate,ci_low,ci_high,deff,n_eff,suppressed";

    public static async Task WriteAsync(WeightedPortrait portrait, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var table = CsvTable.To(writer, PortraitCsvWriter.Dialect);
        foreach (var name in Header.Split(',')) table.Code(name);
        await table.EndRowAsync(cancellationToken);
        foreach (var row in portrait.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            table.Code(row.Audience.ToCode()).Code(row.Neighbourhood).Code(LevelCode(row.Level)).Code(row.Id);
            foreach (var figure in Figures(row))
            {
                table.Code(PortraitColumns.Format(figure));
            }
            table.Code(row.Suppressed ? "true" : "false");
            await table.EndRowAsync(cancellationToken);
        }
        await table.FlushAsync(cancellationToken);
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
