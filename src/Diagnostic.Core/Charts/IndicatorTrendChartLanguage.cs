namespace Diagnostic.Core.Charts;

/// <summary>The words the trend chart adds around the indicator, in one language.</summary>
public sealed record IndicatorTrendChartLanguage
{
    public required ChartLanguage Base { get; init; }
    /// <summary>{0}: the indicator; {1}: where (neighbourhood or territory).</summary>
    public required string TitleFormat { get; init; }
    public required string CollecteHeader { get; init; }
    public required string ValueHeader { get; init; }
    public required string NHeader { get; init; }
    public required string Note { get; init; }

    public static IndicatorTrendChartLanguage French { get; } = For(ChartLanguage.French);

    public static IndicatorTrendChartLanguage English { get; } = For(ChartLanguage.English);

    private static IndicatorTrendChartLanguage For(ChartLanguage chart)
    {
        var words = new ChartWords(chart.Culture);
        return new IndicatorTrendChartLanguage
        {
            Base = chart,
            TitleFormat = words.Get("Trend.TitleFormat"),
            CollecteHeader = words.Get("Trend.CollecteHeader"),
            ValueHeader = words.Get("Trend.ValueHeader"),
            NHeader = words.Get("Trend.NHeader"),
            Note = words.Get("Trend.Note"),
        };
    }

    public static IndicatorTrendChartLanguage For(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "fr" ? French : English;
}
