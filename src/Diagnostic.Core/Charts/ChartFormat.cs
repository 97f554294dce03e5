namespace Diagnostic.Core.Charts;

/// <summary>Numbers as a reader sees them, in the chart's language.</summary>
internal static class ChartFormat
{
    public static string Score(this ChartLanguage language, double value) =>
        value.ToString("N1", language.Numbers);

    public static string Count(this ChartLanguage language, int value) =>
        value.ToString("N0", language.Numbers);

    /// <summary>Whole percentages, as published figures are (domain.md 3.3, rule 5).</summary>
    public static string Percent(this ChartLanguage language, double fraction) =>
        Math.Round(fraction * 100, MidpointRounding.AwayFromZero).ToString("N0", language.Numbers) + language.PercentSpace + "%";

    public static string Interval(this ChartLanguage language, double? low, double? high) =>
        low is { } l && high is { } h
            ? string.Format(language.IntervalFormat, language.Score(l), language.Score(h))
            : language.NoData;

    /// <summary>« n = 140 » with no-break spaces, so a wrapped label never splits it.</summary>
    public static string NEquals(this ChartLanguage language, int n) => "n\u00A0=\u00A0" + language.Count(n);

    public static string SuppressedText(this ChartLanguage language, int minCell) =>
        string.Format(language.SuppressedFormat, minCell);

    /// <summary>The figure's score for a label or a table cell: hidden, missing, or with its caution mark.</summary>
    public static string ScoreText(this ChartLanguage language, ScoreFigure figure, int minCell) =>
        figure switch
        {
            { Suppressed: true } => language.SuppressedText(minCell),
            { Score: { } s } => language.Score(s) + (figure.NeedsCaution ? " " + ChartLanguage.CautionMark : ""),
            _ => language.NoData,
        };

    public static string NText(this ChartLanguage language, ScoreFigure figure, int minCell) =>
        figure switch
        {
            { Suppressed: true } => language.SuppressedText(minCell),
            { N: { } n } => language.Count(n),
            _ => language.NoData,
        };
}
