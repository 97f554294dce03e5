using System.Globalization;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// The columns of the portrait file and which of them each level fills (src/Diagnostic.Core/Analysis/README.md, "Portrait file").
/// The CSV and JSON writers both go through here so they can never disagree.
/// </summary>
public static class PortraitColumns
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "audience", "neighbourhood", "level", "id", "n", "count", "mean", "sd", "pct", "ci_low", "ci_high",
        "score", "alpha", "diff", "p", "q", "flag", "suppressed",
    ];

    public static string Header { get; } = string.Join(',', Names);

    public static string LevelCode(FigureLevel level) => level switch
    {
        FigureLevel.Question => "question",
        FigureLevel.Choice => "choice",
        FigureLevel.Dimension => "dimension",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The figure columns (n … flag) of a row; null where the level has no such figure or it is undefined.</summary>
    public static object?[] Figures(PortraitRow row)
    {
        if (row.Suppressed)
        {
            return new object?[13];
        }
        var isNeighbourhood = row.Neighbourhood != PortraitRow.AllNeighbourhoods;
        return row.Level switch
        {
            FigureLevel.Question => [row.N, null, row.Mean, row.Sd, null, row.CiLow, row.CiHigh, null, null, null, null, null, null],
            FigureLevel.Choice => [row.N, row.Count, null, null, row.Pct, row.CiLow, row.CiHigh, null, null, null, null, null, null],
            FigureLevel.Dimension => isNeighbourhood
                ? [row.N, null, null, null, null, row.CiLow, row.CiHigh, row.Score, row.Alpha, row.Diff, row.P, row.Q, row.Flag]
                : [row.N, null, null, null, null, row.CiLow, row.CiHigh, row.Score, row.Alpha, null, null, null, null],
            _ => throw new ArgumentOutOfRangeException(nameof(row)),
        };
    }

    /// <summary>Invariant, round-trip ("R") text of a figure; empty when null; never NaN or infinity.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d when !double.IsFinite(d) => throw new InvalidOperationException("A portrait figure is not finite."),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => s,
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static string AudienceCode(PortraitRow row) => row.Audience.ToCode();
}
