using Diagnostic.Core.Analysis;

namespace Diagnostic.Core.Charts;

/// <summary>
/// The indicator in one collecte: <see cref="ScoreFigure.Score"/> holds the value whatever the
/// indicator is (dimension score, mean, or share as a fraction). A suppressed figure is never drawn.
/// </summary>
public sealed record IndicatorTrendPoint(string Collecte, ScoreFigure Figure)
{
    /// <summary>The portrait row of the indicator, read as the chart draws it; a missing row is « — ».</summary>
    public static IndicatorTrendPoint From(string collecte, PortraitRow? row)
    {
        if (row is null)
            return new(collecte, ScoreFigure.Missing);
        if (row.Suppressed)
            return new(collecte, new ScoreFigure(null, null, null, null, true));
        var value = row.Level switch
        {
            FigureLevel.Dimension => row.Score,
            FigureLevel.Question => row.Mean,
            FigureLevel.Choice => row.Pct,
            _ => throw new ArgumentOutOfRangeException(nameof(row), row.Level, "unknown figure level"),
        };
        return new(collecte, new ScoreFigure(value, row.CiLow, row.CiHigh, row.N, false));
    }
}
