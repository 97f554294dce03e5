using System.Globalization;
using Diagnostic.Core.Formatting;

namespace Diagnostic.Web.Localization;

/// <summary>The page's number formatter: Core's <see cref="NumberText"/> in the reader's language.</summary>
public static class Numbers
{
    public static NumberText Current => NumberText.For(CultureInfo.CurrentUICulture);

    /// <summary>A number typed by a person in a form: decimal comma or point.</summary>
    public static bool TryParseTyped(string? text, out double value) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
