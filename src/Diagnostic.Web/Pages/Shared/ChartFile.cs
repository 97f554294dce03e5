using Diagnostic.Core.Charts;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Shared;

/// <summary>
/// A chart a page loads as a file (_ChartFile.cshtml): its name, the address of its drawing for a page width, and the
/// narrowest width its labels fit at. Portraits and comité pages share it, so every chart scales the same way.
/// </summary>
public sealed record ChartFile(string Title, Func<int, string> Address, int MinimumWidth = ChartRenderer.MinSize)
{
    /// <summary>
    /// Only the narrowest drawing, whatever the screen: the printable portrait sets charts two by two, each column about
    /// a phone's width on paper and on a desktop preview, so the 360 px drawing keeps its text at 15 px (11 pt).
    /// </summary>
    public bool NarrowestOnly { get; init; }

    /// <summary>Loaded with the page, never lazily: a printed page does not scroll, so a lazy image would print blank.</summary>
    public bool Eager { get; init; }

    /// <summary>
    /// The page widths to offer: each at least the chart's minimum, so the narrowest may be wider than a phone (the
    /// figure then scrolls in its box).
    /// </summary>
    public IReadOnlyList<int> Widths =>
        ChartRenderer.PageWidths.Where(w => w >= Math.Min(MinimumWidth, ChartRenderer.PageWidths[^1])).Take(NarrowestOnly ? 1 : 3).ToList();

    /// <summary>Wider than a phone's column: the figure scrolls sideways inside its own box, never the page.</summary>
    public bool Scrolls => Widths[0] > ChartRenderer.PhoneWidth;

    /// <summary>A drawing for a page, at one of the widths pages offer; anything else is not found.</summary>
    public static IActionResult Svg(Chart chart, int? width) =>
        width is { } w && ChartRenderer.PageWidths.Contains(w)
            ? new FileContentResult(System.Text.Encoding.UTF8.GetBytes((chart with { ShowTitle = false }).RenderSvg(w)), "image/svg+xml")
            : new NotFoundResult();
}
