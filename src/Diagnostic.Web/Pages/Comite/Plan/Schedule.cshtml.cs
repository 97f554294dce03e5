using Diagnostic.Web.Pages.Comite;
using Diagnostic.Core.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>
/// The échéancier as a file: PNG to download (with its title), SVG for the plan page at one of the page widths (the page
/// names it; any other width is not found).
/// </summary>
public sealed class ScheduleModel(ComiteAccess scope, PlanReader reader, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int cycleId, string? format, int? width, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return NotFound();
        var chart = PlanReader.Schedule(cycle, await reader.ReadAsync(cycleId, cancellationToken),
            DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ScheduleChartLanguage.For(System.Globalization.CultureInfo.CurrentUICulture));
        if (format == "svg")
            return Shared.ChartFile.Svg(chart, width);
        var w = Math.Clamp(width ?? ChartRenderer.DesktopWidth, ChartRenderer.MinSize, 2000);
        return File(chart.RenderPng(w), "image/png", $"echeancier-{cycle.YearLabel}.png");
    }
}
