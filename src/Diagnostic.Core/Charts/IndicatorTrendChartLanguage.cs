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

    public static IndicatorTrendChartLanguage French { get; } = new()
    {
        Base = ChartLanguage.French,
        TitleFormat = "{0} — {1}, d'une collecte à l'autre",
        CollecteHeader = "Collecte",
        ValueHeader = "Valeur",
        NHeader = "n",
        Note = "Points\u00A0: valeur de chaque collecte\u202F; traits\u00A0: intervalle de confiance à 95\u202F%.",
    };

    public static IndicatorTrendChartLanguage English { get; } = new()
    {
        Base = ChartLanguage.English,
        TitleFormat = "{0} — {1}, from one collection to the next",
        CollecteHeader = "Collection",
        ValueHeader = "Value",
        NHeader = "n",
        Note = "Points: each collection's value; lines: 95% confidence interval.",
    };

    public static IndicatorTrendChartLanguage For(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "fr" ? French : English;
}
