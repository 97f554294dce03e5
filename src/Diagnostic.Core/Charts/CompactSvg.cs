using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Diagnostic.Core.Charts;

/// <summary>
/// Shrinks the SVG ScottPlot (Skia) writes, which a page now loads as a file, without changing the drawing:
/// coordinates to 0.1 px (0.01 below 1), one clip path per distinct rectangle, one group per run of shapes sharing it, the font
/// named once on the root (an inherited attribute), default attributes and indentation dropped, and a viewBox so the
/// image scales to its box. Clip ids restart at c1, so the same chart gives the same bytes in any process.
/// </summary>
internal static partial class CompactSvg
{
    /// <summary>Generic families after the drawn one, for readers without DejaVu Sans.</summary>
    private const string FontFallback = ",Verdana,Arial,sans-serif";

    public static string Compact(string svg, int width, int height)
    {
        svg = Declaration().Replace(svg, "");
        svg = Between().Replace(svg, "><");
        svg = TextContent().Replace(svg, m => m.Groups[1].Value + m.Groups[2].Value.Trim() + "</text>");
        svg = Tag().Replace(svg, m => RoundNumbers(m.Value));
        svg = svg.Replace(" stroke-miterlimit=\"4\"", "", StringComparison.Ordinal);
        svg = MergeClips(svg);
        var font = FontAttribute().Match(svg);
        if (font.Success)
            svg = svg.Replace(font.Value, "", StringComparison.Ordinal);
        if (!svg.Contains("xlink:", StringComparison.Ordinal))
            svg = svg.Replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "", StringComparison.Ordinal);
        var root = font.Success ? $" font-family=\"{font.Groups[1].Value}{FontFallback}\"" : "";
        return svg.Replace("<svg ", $"<svg viewBox=\"0 0 {width} {height}\"{root} ", StringComparison.Ordinal).Trim();
    }

    /// <summary>Numbers with decimals inside a tag to one decimal; glyph position lists separated by single spaces.</summary>
    private static string RoundNumbers(string tag)
    {
        tag = Decimal().Replace(tag, m =>
        {
            // Below 1 it may be an opacity or a stroke width: two decimals keep those as drawn.
            var number = double.Parse(m.Value, CultureInfo.InvariantCulture);
            var value = Math.Round(number, Math.Abs(number) < 1 ? 2 : 1, MidpointRounding.AwayFromZero);
            return value == 0 ? "0" : value.ToString("0.##", CultureInfo.InvariantCulture);
        });
        return NumberList().Replace(tag, m => m.Groups[1].Value + "=\"" + string.Join(' ',
            m.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) + "\"");
    }

    /// <summary>
    /// Skia writes a clip path and a group for every shape; identical clip rectangles become one, and a group that opens
    /// right after one with the same clip closes is joined to it.
    /// </summary>
    private static string MergeClips(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = ClipPath().Replace(svg, m =>
        {
            var body = m.Groups["body"].Value;
            if (ids.TryGetValue(body, out var existing))
            {
                renamed[m.Groups["id"].Value] = existing;
                return "";
            }
            var id = "c" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            ids[body] = id;
            renamed[m.Groups["id"].Value] = id;
            return $"<clipPath id=\"{id}\">{body}</clipPath>";
        });
        svg = ClipUse().Replace(svg, m => $"url(#{(renamed.TryGetValue(m.Groups[1].Value, out var id) ? id : m.Groups[1].Value)})");
        var result = new StringBuilder(svg.Length);
        string? open = null;
        var at = 0;
        foreach (Match group in ClipGroup().Matches(svg))
        {
            var between = svg[at..group.Index];
            var id = group.Groups[1].Value;
            // The previous group, unnested, closes right here with the same clip: keep it open instead.
            if (open == id && between.EndsWith("</g>", StringComparison.Ordinal)
                && between.IndexOf("</g>", StringComparison.Ordinal) == between.Length - 4 && !between.Contains("<g", StringComparison.Ordinal))
            {
                result.Append(between.AsSpan(0, between.Length - 4));
                at = group.Index + group.Length;
                continue;
            }
            result.Append(between).Append(group.Value);
            open = id;
            at = group.Index + group.Length;
        }
        return result.Append(svg[at..]).ToString();
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex Declaration();

    [GeneratedRegex(@">\s+<")]
    private static partial Regex Between();

    [GeneratedRegex(@"(<text[^>]*>)([^<]*)</text>")]
    private static partial Regex TextContent();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"-?\d+\.\d+")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"\b([xy])=""([^""]*,[^""]*)""")]
    private static partial Regex NumberList();

    [GeneratedRegex(@"<clipPath id=""(?<id>[^""]+)"">(?<body>.*?)</clipPath>")]
    private static partial Regex ClipPath();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex ClipUse();

    [GeneratedRegex(@"<g clip-path=""url\(#([^)]+)\)"">")]
    private static partial Regex ClipGroup();

    [GeneratedRegex(@" font-family=""([^""]+)""")]
    private static partial Regex FontAttribute();
}
