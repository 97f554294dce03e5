using System.Globalization;
using Diagnostic.Web.Localization;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>Figures on comité pages in the reader's language (FrenchNumbers in French); empty when missing.</summary>
public static class Numbers
{
    public static string Format(double? value, int decimals) =>
        value is not { } v ? ""
        : Languages.Current == Languages.French ? FrenchNumbers.Format(v, decimals)
        : v.ToString("N" + decimals, CultureInfo.InvariantCulture);

    /// <summary>A number typed by a person: decimal comma or point.</summary>
    public static bool TryParse(string? text, out double value) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
