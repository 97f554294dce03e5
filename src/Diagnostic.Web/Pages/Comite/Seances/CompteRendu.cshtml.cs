using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite.Seances;

/// <summary>The printable compte-rendu of a séance: agenda, who came, minutes, decisions and the votes held.</summary>
public sealed class CompteRenduModel(DiagnosticDbContext db, SeanceFinder finder) : PageModel
{
    public SeanceScope Scope { get; private set; } = null!;
    public SeanceReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int comiteId, int seanceId, CancellationToken cancellationToken)
    {
        var scope = await finder.FindAsync(User, seanceId, cancellationToken);
        if (scope is null || scope.Comite.Id != comiteId) return NotFound();
        Scope = scope;
        Report = await SeanceReport.LoadAsync(db, scope, cancellationToken);
        return Page();
    }
}
