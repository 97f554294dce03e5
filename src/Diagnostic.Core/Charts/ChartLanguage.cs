using System.Globalization;
using Diagnostic.Core.Formatting;

namespace Diagnostic.Core.Charts;

/// <summary>
/// The fixed words and number format of the charts in one language. The caller passes the
/// questionnaire's own texts (dimension titles, items, choices) separately; these are only the
/// words a chart adds around them. Use <see cref="French"/> or <see cref="English"/>, or
/// <c>with</c> to override a word.
/// </summary>
public sealed record ChartLanguage
{
    public required CultureInfo Culture { get; init; }
    /// <summary>Decimal and group separators and the minus sign, those of <see cref="NumberText"/> for the language.</summary>
    public required NumberFormatInfo Numbers { get; init; }
    /// <summary>Between a number and "%": a narrow no-break space in French, nothing in English.</summary>
    public required string PercentSpace { get; init; }
    /// <summary>Format of a 95 % interval, {0} low and {1} high (French uses « ; » since the comma is decimal).</summary>
    public required string IntervalFormat { get; init; }
    public required string ScoreAxis { get; init; }
    public required string ShareAxis { get; init; }
    public required string Territory { get; init; }
    public required string Dimension { get; init; }
    public required string Item { get; init; }
    public required string Score { get; init; }
    public required string Interval95 { get; init; }
    public required string DontKnow { get; init; }
    public required string Disagree { get; init; }
    public required string Agree { get; init; }
    public required string RadarTitle { get; init; }
    public required string ScoresTitle { get; init; }
    public required string LikertTitle { get; init; }
    public required string HeatmapTitle { get; init; }
    /// <summary>Shown for a hidden figure; {0} is the minimum cell (« n &lt; 5 »).</summary>
    public required string SuppressedFormat { get; init; }
    /// <summary>Footnote when a figure rests on fewer than 30 respondents.</summary>
    public required string CautionNote { get; init; }
    public required string NoData { get; init; }
    /// <summary>How the Likert shares are computed, under the chart and its table.</summary>
    public required string LikertNote { get; init; }
    /// <summary>How to read the heatmap's colours and hatching; {0} is the minimum cell.</summary>
    public required string HeatmapNote { get; init; }

    public const string CautionMark = "†";

    public static ChartLanguage French { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("fr-CA"),
        Numbers = NumberText.French.Format,
        PercentSpace = NumberText.French.PercentSpace,
        IntervalFormat = "[{0}\u202F; {1}]",
        ScoreAxis = "Score (0–100)",
        ShareAxis = "Part des réponses",
        Territory = "Ensemble du territoire",
        Dimension = "Dimension",
        Item = "Énoncé",
        Score = "Score",
        Interval95 = "IC 95\u202F%",
        DontKnow = "NSP",
        Disagree = "En désaccord",
        Agree = "En accord",
        RadarTitle = "{0}\u00A0: scores par dimension",
        ScoresTitle = "{0}\u00A0: scores et intervalles de confiance à 95\u202F%",
        LikertTitle = "{0} — {1}",
        HeatmapTitle = "Scores par dimension et par {0}",
        SuppressedFormat = "n < {0}",
        CautionNote = "† n\u00A0<\u00A030, à interpréter avec prudence",
        NoData = "—",
        HeatmapNote = "Plus la case est foncée, plus le score (0–100) est élevé. Case hachurée\u00A0: n\u00A0<\u00A0{0}, résultat masqué.",
        LikertNote = "Parts calculées sans les «\u00A0je ne sais pas\u00A0»\u202F; NSP\u00A0: part de toutes les réponses.",
    };

    public static ChartLanguage English { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-CA"),
        Numbers = NumberText.English.Format,
        PercentSpace = NumberText.English.PercentSpace,
        IntervalFormat = "[{0}, {1}]",
        ScoreAxis = "Score (0–100)",
        ShareAxis = "Share of answers",
        Territory = "Whole territory",
        Dimension = "Dimension",
        Item = "Item",
        Score = "Score",
        Interval95 = "95% CI",
        DontKnow = "Don't know",
        Disagree = "Disagree",
        Agree = "Agree",
        RadarTitle = "{0}: scores by dimension",
        ScoresTitle = "{0}: scores with 95% confidence intervals",
        LikertTitle = "{0} — {1}",
        HeatmapTitle = "Scores by dimension and {0}",
        SuppressedFormat = "n < {0}",
        CautionNote = "† n < 30, interpret with caution",
        NoData = "—",
        HeatmapNote = "The darker the cell, the higher the score (0–100). Hatched cell: n < {0}, result hidden.",
        LikertNote = "Shares exclude \"don't know\"; don't know: share of all answers.",
    };

    /// <summary>French for any French culture, English otherwise.</summary>
    public static ChartLanguage For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "fr" ? French : English;
}
