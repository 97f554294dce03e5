using System.Globalization;

namespace Diagnostic.Core.Formatting;

/// <summary>
/// Numbers as a reader of one language writes them, the one formatter of pages and charts: « 1 250 », « 42,5 % »,
/// « −3,2 », « [1,2 ; 5,6] », « 2 000 $ » in French (fr-CA); 1,250, 42.5%, −3.2, [1.2, 5.6], $2,000 in English (en-CA).
/// Separators are written out rather than taken from ICU, whose data varies between machines. Files meant for
/// programs (portrait, change) use the invariant culture instead.
/// </summary>
public sealed class NumberText
{
    private const string NarrowNoBreakSpace = "\u202F";

    private NumberText(string language, string decimalSeparator, string groupSeparator, string percentSpace, string intervalSeparator)
    {
        Language = language;
        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        numbers.NumberDecimalSeparator = decimalSeparator;
        numbers.NumberGroupSeparator = groupSeparator;
        numbers.NegativeSign = "−";
        Format = NumberFormatInfo.ReadOnly(numbers);
        PercentSpace = percentSpace;
        IntervalSeparator = intervalSeparator;
    }

    public static NumberText French { get; } = new("fr", ",", NarrowNoBreakSpace, NarrowNoBreakSpace, NarrowNoBreakSpace + "; ");

    public static NumberText English { get; } = new("en", ".", ",", "", ", ");

    /// <summary>English for "en", French (the platform's first language) for anything else.</summary>
    public static NumberText For(string? language) => language == "en" ? English : French;

    public static NumberText For(CultureInfo culture) => For(culture.TwoLetterISOLanguageName);

    public string Language { get; }

    /// <summary>The separators and minus sign, for formats of one's own (charts' axes).</summary>
    public NumberFormatInfo Format { get; }

    /// <summary>Between a number and « % »: a narrow no-break space in French, nothing in English.</summary>
    public string PercentSpace { get; }

    /// <summary>Between the two ends of an interval (French uses « ; » since the comma is decimal).</summary>
    public string IntervalSeparator { get; }

    /// <summary>
    /// Rounded half away from zero to <paramref name="decimals"/> (12,5 → 13, as readers learnt it and as the charts
    /// round), with thousands grouped; .NET's own formatting would round an exact half to even (12,5 → 12).
    /// </summary>
    public string Number(double value, int decimals = 0) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Format);

    /// <summary>A missing figure reads as <paramref name="missing"/> (empty, or « — » in tables).</summary>
    public string Number(double? value, int decimals, string missing) => value is { } v ? Number(v, decimals) : missing;

    public string Count(long value) => Number(value);

    /// <summary>A share: <paramref name="fraction"/> 0.425 → « 42,5 % » with one decimal.</summary>
    public string Percent(double fraction, int decimals = 0) => Number(fraction * 100, decimals) + PercentSpace + "%";

    public string Interval(string low, string high) => "[" + low + IntervalSeparator + high + "]";

    /// <summary>Whole dollars: « 2 000 $ » in French, « $2,000 » in English.</summary>
    public string Money(decimal amount) =>
        Language == "en" ? "$" + Number((double)amount) : Number((double)amount) + NarrowNoBreakSpace + "$";
}
