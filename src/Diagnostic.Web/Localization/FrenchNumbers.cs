using System.Globalization;

namespace Diagnostic.Web.Localization;

/// <summary>
/// Numbers as a French reader expects them on screen: decimal comma, narrow no-break space between
/// thousands and before % (« 42,5 % », « 1 250 »). Written out rather than left to ICU, whose data varies.
/// </summary>
public static class FrenchNumbers
{
    public const char NarrowNoBreakSpace = '\u202F';

    public static string Format(double value, int decimals = 0)
    {
        var invariant = value.ToString("N" + decimals, CultureInfo.InvariantCulture);
        return invariant.Replace(",", NarrowNoBreakSpace.ToString()).Replace('.', ',');
    }

    public static string Format(int value) => Format((double)value);

    /// <summary><paramref name="percent"/> is already ×100 (42.5 → « 42,5 % »).</summary>
    public static string Percent(double percent, int decimals = 1) => Format(percent, decimals) + NarrowNoBreakSpace + "%";
}
