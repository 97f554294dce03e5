using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Plan;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Demarche;

/// <summary>
/// The one-page « Actions territoriales » sheet: for the démarche's latest comité year, each cible with its activités,
/// porteur, échéance and status, to print and hand out at a table de concertation.
/// </summary>
public sealed class ActionsModel(DemarcheScope scope, PlanReader plans) : PageModel
{
    public Data.Entities.Demarche Demarche { get; private set; } = null!;
    public ComiteCycle? Cycle { get; private set; }
    public IReadOnlyList<PlanTarget> Plan { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await scope.Visible(User).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } demarche) return NotFound();
        Demarche = demarche;
        // The latest year of the démarche: year labels sort as text.
        Cycle = (await scope.Cycles(demarche).AsNoTracking().ToListAsync(cancellationToken)).MaxBy(c => c.YearLabel);
        if (Cycle is not null) Plan = await plans.ReadAsync(Cycle.Id, cancellationToken);
        return Page();
    }
}
