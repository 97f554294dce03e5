using System.Globalization;
using System.Text;

namespace Diagnostic.Core.Maps;

/// <summary>
/// The few pieces of SVG the map and the representativeness chart write by hand: escaped text, coordinates with a
/// '.' whatever the culture, and presentation attributes only (a page's CSP forbids style attributes).
/// </summary>
internal static class SvgMarkup
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static StringBuilder Open(double width, double height, string title)
    {
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\" font-family=\"DejaVu Sans, Arial, sans-serif\">");
        svg.Append($"<title>{Escape(title)}</title>");
        return svg;
    }

    public static void Text(StringBuilder svg, double x, double y, string text, double size = 12, string anchor = "start", string fill = "#222222", string weight = "normal") =>
        svg.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" text-anchor=\"{anchor}\" fill=\"{fill}\" font-weight=\"{weight}\">{Escape(text)}</text>");

    public static void Rect(StringBuilder svg, double x, double y, double width, double height, string fill, string stroke = "none") =>
        svg.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(height)}\" fill=\"{fill}\" stroke=\"{stroke}\"/>");
}
