using System.Text;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// A chart's drawing for one page width, in the page's language: /portrait/{code}/graphiques/radar.svg?quartier=nord&amp;largeur=360.
/// Same access as the portrait it belongs to (<see cref="PortraitPageModel"/>). Drawn once per portrait version, language,
/// neighbourhood, chart and width, and dropped with the version; only the widths pages offer are drawn, so the cache stays
/// bounded. An address naming the current version may be kept by the browser for good (the next version has another address).
/// </summary>
public sealed class ChartSvgModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access)
    : PortraitPageModel(db, portraits, access)
{
    public const string WidthKey = "largeur";

    public async Task<IActionResult> OnGetAsync(
        string code, string chart, [FromQuery] string? quartier, [FromQuery(Name = WidthKey)] int? width, [FromQuery] string? v,
        CancellationToken cancellationToken)
    {
        if (width is not { } w || !ChartRenderer.PageWidths.Contains(w)) return NotFound();
        // A drawing is not a page: whoever may not read the portrait (signed out, wrong role, outside her collectes) gets a
        // plain 404, never a sign-in page as an image nor a hint that the portrait exists.
        if (await LoadAsync(code, cancellationToken) is not null) return NotFound();
        var neighbourhood = quartier ?? PortraitRow.AllNeighbourhoods;
        if (neighbourhood != PortraitRow.AllNeighbourhoods && Collecte.Find(neighbourhood) is null) return NotFound();
        var svg = Portrait.Derived($"svg|{Language}|{neighbourhood}|{chart}|{w}", () =>
            new PortraitCharts(Portrait, Language).Find(chart, Portrait.MainAudience, neighbourhood) is { } found
                ? Encoding.UTF8.GetBytes((found with { ShowTitle = false }).RenderSvg(w))
                : []);
        if (svg.Length == 0) return NotFound();
        Response.Headers.CacheControl = v == Portrait.Version ? "private, max-age=31536000, immutable" : "private, no-cache";
        return File(svg, "image/svg+xml");
    }
}
