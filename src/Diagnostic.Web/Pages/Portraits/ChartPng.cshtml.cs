using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// A chart as a PNG, in the page's language: /portrait/{code}/graphiques/radar.png?quartier=nord.
/// Rendered once per portrait version, language, neighbourhood and chart.
/// </summary>
public sealed class ChartPngModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access)
    : PortraitPageModel(db, portraits, access)
{
    public async Task<IActionResult> OnGetAsync(string code, string chart, [FromQuery] string? quartier, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused) return refused;
        var neighbourhood = quartier ?? PortraitRow.AllNeighbourhoods;
        if (neighbourhood != PortraitRow.AllNeighbourhoods && Collecte.Find(neighbourhood) is null) return NotFound();
        var charts = new PortraitCharts(Portrait, Language);
        if (charts.Find(chart, Portrait.MainAudience, neighbourhood) is not { } found) return NotFound();
        var png = Portrait.Derived($"png|{Language}|{neighbourhood}|{chart}", () => found.RenderPng(ChartRenderer.DesktopWidth));
        return File(png, "image/png", $"{Code}-{neighbourhood}-{chart}.png".ToLowerInvariant());
    }
}
