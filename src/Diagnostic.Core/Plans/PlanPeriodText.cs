using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Diagnostic.Core.Plans;

/// <summary>
/// Reads and writes plan periods in French and English: « automne 2027 » / « fall 2027 », « octobre 2027 » /
/// « October 2027 », « 2027-10 », « 2027-09-22 au 2027-12-20 » / « 2027-09-22 to 2027-12-20 » or one day. Reading
/// accepts both languages whatever the reader's, since a plan is often typed from a French document.
/// </summary>
public static partial class PlanPeriodText
{
    private static readonly Dictionary<string, Season> SeasonWords = new(StringComparer.Ordinal)
    {
        ["printemps"] = Season.Spring, ["ete"] = Season.Summer, ["automne"] = Season.Autumn, ["hiver"] = Season.Winter,
        ["spring"] = Season.Spring, ["summer"] = Season.Summer, ["fall"] = Season.Autumn, ["autumn"] = Season.Autumn, ["winter"] = Season.Winter,
    };

    private static readonly string[] FrenchMonths =
        ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    private static readonly string[] FrenchMonthNames =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The period the words name, or null when they name none (the caller says why, in the reader's language).</summary>
    public static PlanPeriod? Parse(string? text)
    {
        var words = Fold(text);
        if (words.Length == 0) return null;
        if (SeasonOrMonth().Match(words) is { Success: true } named)
            return Named(named.Groups[1].Value, named.Groups[2].Value, named.Groups[3].Value);
        if (IsoMonth().Match(words) is { Success: true } iso)
            return Month(int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture));
        if (DayRange().Match(words) is { Success: true } range
            && Day(range.Groups[1].Value) is { } start
            && (range.Groups[2].Success ? Day(range.Groups[2].Value) : start) is { } due)
            return PlanPeriod.OfDates(start, due);
        return null;
    }

    /// <summary>« automne 2027 », « octobre 2027 », « du 2027-09-22 au 2027-12-20 » in French; the English forms otherwise.</summary>
    public static string Format(PlanPeriod period, CultureInfo culture)
    {
        var french = culture.TwoLetterISOLanguageName == "fr";
        return period.Kind switch
        {
            PlanPeriodKind.Season => (french ? FrenchSeason(period.Season!.Value) : EnglishSeason(period.Season!.Value))
                + " " + period.SeasonYear.ToString(CultureInfo.InvariantCulture),
            PlanPeriodKind.Month => (french ? FrenchMonthNames[period.Start.Month - 1] : CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(period.Start.Month))
                + " " + period.Start.Year.ToString(CultureInfo.InvariantCulture),
            _ when period.Start == period.Due => Iso(period.Start),
            _ => french ? $"du {Iso(period.Start)} au {Iso(period.Due)}" : $"{Iso(period.Start)} to {Iso(period.Due)}",
        };
    }

    private static PlanPeriod? Named(string name, string firstYear, string secondYear)
    {
        var year = int.Parse(firstYear, CultureInfo.InvariantCulture);
        if (SeasonWords.TryGetValue(name, out var season))
        {
            // « hiver 2026-2027 » names its two years; any other pair of years is not one season.
            if (secondYear.Length > 0)
                return season == Season.Winter && int.Parse(secondYear, CultureInfo.InvariantCulture) == year + 1
                    ? PlanPeriod.OfSeason(season, year + 1) : null;
            return year is >= 1901 and <= 9998 ? PlanPeriod.OfSeason(season, year) : null;
        }
        if (secondYear.Length > 0) return null;
        var month = Array.IndexOf(FrenchMonths, name);
        if (month < 0) month = Array.IndexOf(EnglishMonths, name);
        return month < 0 ? null : Month(year, month + 1);
    }

    private static PlanPeriod? Month(int year, int month) =>
        month is >= 1 and <= 12 && year is >= 1900 and <= 9999 ? PlanPeriod.OfMonth(year, month) : null;

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FrenchSeason(Season season) => season switch
    {
        Season.Spring => "printemps",
        Season.Summer => "été",
        Season.Autumn => "automne",
        _ => "hiver",
    };

    private static string EnglishSeason(Season season) => season switch
    {
        Season.Spring => "spring",
        Season.Summer => "summer",
        Season.Autumn => "fall",
        _ => "winter",
    };

    /// <summary>Lower case, accents off, spaces collapsed: « Été  2027 » and « ete 2027 » read the same.</summary>
    private static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) kept.Append(c);
        return Spaces().Replace(kept.ToString(), " ");
    }

    [GeneratedRegex(@"^([a-z]+) (\d{4})(?:-(\d{4}))?$")]
    private static partial Regex SeasonOrMonth();

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(?:du )?(\d{4}-\d{2}-\d{2})(?: ?(?:au|to|→|-|–|/) ?(\d{4}-\d{2}-\d{2}))?$")]
    private static partial Regex DayRange();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
