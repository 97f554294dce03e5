using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Plan;
using Diagnostic.Web.Pages.Demarche;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.PublicDemarche;

/// <summary>
/// The droit de suite of one démarche: each comité year's cibles, the plan's activités with their status and what was
/// done, and a link to each published bilan (/bilan/…). Never an internal note, a progress log, a person's name or a
/// commitment: only what the comité writes for the public.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(DiagnosticDbContext db, DemarcheScope scope, PlanReader plans) : PageModel
{
    public sealed record YearPlan(ComiteCycle Cycle, IReadOnlyList<PlanTarget> Plan, bool HasPublishedBilan);

    public Data.Entities.Demarche Demarche { get; private set; } = null!;
    public IReadOnlyList<YearPlan> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string territory, CancellationToken cancellationToken)
    {
        var demarche = await db.Demarches.AsNoTracking().Include(d => d.Territory).FirstOrDefaultAsync(d => d.Territory!.Code == territory, cancellationToken);
        if (demarche is null) return NotFound();
        Demarche = demarche;
        var cycles = (await scope.Cycles(demarche).AsNoTracking().Include(c => c.Comite!).ThenInclude(c => c.Territory).ToListAsync(cancellationToken))
            .OrderByDescending(c => c.YearLabel).ToList();
        var years = new List<YearPlan>();
        foreach (var cycle in cycles)
        {
            var published = await db.TargetReviews.AnyAsync(r => r.Target!.CycleId == cycle.Id && r.IsPublic, cancellationToken);
            years.Add(new YearPlan(cycle, await plans.ReadAsync(cycle.Id, cancellationToken), published));
        }
        Years = years;
        return Page();
    }
}
