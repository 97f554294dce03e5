using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Diagnostic.Web.Pages.Shared;

/// <summary>
/// A filled bar drawn as SVG: its width is an attribute, not a style="" that the Content-Security-Policy refuses.
/// Capped at 100 % so an exceeded target stays inside the box. A method rather than a partial view: each answer page
/// draws one, on every request of a submission (issue 16).
/// </summary>
public static class Bars
{
    public static IHtmlContent Svg(double percent, string cssClass)
    {
        var width = (double.IsFinite(percent) ? Math.Clamp(percent, 0, 100) : 0).ToString("0.#", CultureInfo.InvariantCulture);
        return new HtmlString(
            $"<svg class=\"{HtmlEncoder.Default.Encode(cssClass)}\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"{width}%\" height=\"100%\" /></svg>");
    }
}
