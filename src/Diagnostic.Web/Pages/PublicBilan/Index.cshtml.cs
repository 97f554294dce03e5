using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Bilan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.PublicBilan;

/// <summary>
/// The citizens' summary of a comité year (droit de suite): only the targets the comité made public, their
/// actions' status and what was done, and the measured change. Never a comment, an internal note or a log.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(DiagnosticDbContext db, BilanReader reader) : PageModel
{
    public ComiteCycle Cycle { get; private set; } = null!;
    public IReadOnlyList<TargetBilan> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string territory, string year, CancellationToken cancellationToken)
    {
        var cycle = await db.ComiteCycles.AsNoTracking().Include(c => c.Comite!).ThenInclude(c => c.Territory)
            .FirstOrDefaultAsync(c => c.YearLabel == year && c.Comite!.Territory!.Code == territory, cancellationToken);
        if (cycle is null)
            return NotFound();
        Cycle = cycle;
        var view = await reader.ReadAsync(cycle, null, cancellationToken);
        Targets = view.Targets.Where(t => t.Review is { IsPublic: true }).ToList();
        return Page();
    }
}
