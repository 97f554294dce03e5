using System.Globalization;
using System.Text.RegularExpressions;

namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// The one number format of stored answers and conditions: optional minus, digits, optional decimals
/// (<c>12</c>, <c>-3.5</c>). Stricter than double.TryParse, which would also take "NaN", "1e3" or " 12".
/// </summary>
internal static partial class InvariantNumber
{
    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        return text is not null
            && Pattern().IsMatch(text)
            && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out value);
    }

    public static bool IsNumber(string? text) => TryParse(text, out _);
}
