using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>One adopted version of the plan, as it stood at its séance, printable.</summary>
public sealed class VersionModel(DiagnosticDbContext db, ComiteAccess scope) : PageModel
{
    public ComiteCycle Cycle { get; private set; } = null!;
    public PlanAdoption Adoption { get; private set; } = null!;
    public PlanSnapshot Plan { get; private set; } = null!;
    public string SeanceTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int cycleId, int version, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle) return NotFound();
        var adoption = await db.PlanAdoptions.AsNoTracking().Include(a => a.Seance)
            .FirstOrDefaultAsync(a => a.CycleId == cycleId && a.Version == version, cancellationToken);
        if (adoption is null) return NotFound();
        (Cycle, Adoption, Plan, SeanceTitle) = (cycle, adoption, PlanSnapshot.FromJson(adoption.Snapshot), adoption.Seance!.Title);
        return Page();
    }
}
