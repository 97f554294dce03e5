using Diagnostic.Core.Analysis;

namespace Diagnostic.Core.Charts;

/// <summary>The value axis of a trend chart: its range, and how a value reads (score, mean, or share).</summary>
public sealed record IndicatorTrendScale(FigureLevel Level, double Min, double Max)
{
    public static IndicatorTrendScale Score { get; } = new(FigureLevel.Dimension, 0, 100);

    public static IndicatorTrendScale Share { get; } = new(FigureLevel.Choice, 0, 1);

    /// <summary>A question's mean, on its scale's range (e.g. 1 to 5).</summary>
    public static IndicatorTrendScale Mean(double min, double max) => new(FigureLevel.Question, min, max);

    internal string Format(ChartLanguage language, double value) => Level switch
    {
        FigureLevel.Choice => language.Percent(value),
        FigureLevel.Question => value.ToString("N2", language.Numbers),
        _ => language.Score(value),
    };

    internal string Interval(ChartLanguage language, ScoreFigure figure) =>
        figure.IsShown && figure.CiLow is { } l && figure.CiHigh is { } h
            ? string.Format(language.IntervalFormat, Format(language, l), Format(language, h))
            : language.NoData;

    internal string ValueText(ChartLanguage language, ScoreFigure figure, int minCell) =>
        figure switch
        {
            { Suppressed: true } => language.SuppressedText(minCell),
            { Score: { } s } => Format(language, s) + (figure.NeedsCaution ? " " + ChartLanguage.CautionMark : ""),
            _ => language.NoData,
        };
}
