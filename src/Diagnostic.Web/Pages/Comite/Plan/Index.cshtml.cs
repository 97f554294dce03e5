using Diagnostic.Web.Pages.Comite;
using Diagnostic.Core.Charts;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>The year's action plan: targets, their actions with partners and status, and the échéancier.</summary>
public sealed class IndexModel(ComiteAccess scope, PlanReader reader, TimeProvider clock) : PageModel
{
    public ComiteCycle Cycle { get; private set; } = null!;
    public IReadOnlyList<PlanTarget> Plan { get; private set; } = [];
    public ScheduleChart Schedule { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return NotFound();
        Cycle = cycle;
        Plan = await reader.ReadAsync(cycleId, cancellationToken);
        Schedule = PlanReader.Schedule(cycle, Plan, DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            ScheduleChartLanguage.For(System.Globalization.CultureInfo.CurrentUICulture));
        return Page();
    }
}
