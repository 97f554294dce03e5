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

    public static ChartLanguage French { get; } = For(NumberText.French, "fr-CA");

    public static ChartLanguage English { get; } = For(NumberText.English, "en-CA");

    // The words come from ChartText.resx (French) and ChartText.en.resx, like the pages' words; numbers from NumberText.
    private static ChartLanguage For(NumberText numbers, string cultureName)
    {
        var words = new ChartWords(CultureInfo.GetCultureInfo(cultureName));
        return new ChartLanguage
        {
            Culture = words.Culture,
            Numbers = numbers.Format,
            PercentSpace = numbers.PercentSpace,
            IntervalFormat = "[{0}" + numbers.IntervalSeparator + "{1}]",
            ScoreAxis = words.Get("ScoreAxis"),
            ShareAxis = words.Get("ShareAxis"),
            Territory = words.Get("Territory"),
            Dimension = words.Get("Dimension"),
            Item = words.Get("Item"),
            Score = words.Get("Score"),
            Interval95 = words.Get("Interval95"),
            DontKnow = words.Get("DontKnow"),
            Disagree = words.Get("Disagree"),
            Agree = words.Get("Agree"),
            RadarTitle = words.Get("RadarTitle"),
            ScoresTitle = words.Get("ScoresTitle"),
            LikertTitle = words.Get("LikertTitle"),
            HeatmapTitle = words.Get("HeatmapTitle"),
            SuppressedFormat = words.Get("SuppressedFormat"),
            CautionNote = words.Get("CautionNote"),
            NoData = words.Get("NoData"),
            HeatmapNote = words.Get("HeatmapNote"),
            LikertNote = words.Get("LikertNote"),
        };
    }

    /// <summary>French for any French culture, English otherwise.</summary>
    public static ChartLanguage For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "fr" ? French : English;
}
