using Diagnostic.Data;
using Diagnostic.Web.Pages.Comite.Rounds;
using Diagnostic.Web.Pages.Comite.Seances;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite.Forum;

/// <summary>The printable « Rapport du forum »: the enjeux each table named, the cards they were grouped into, the votes' results.</summary>
public sealed class RapportModel(DiagnosticDbContext db, SeanceFinder finder, RoundLoader loader, RoundResults results) : PageModel
{
    public SeanceScope Scope { get; private set; } = null!;
    public ForumBoard Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int comiteId, int seanceId, CancellationToken cancellationToken)
    {
        var scope = await finder.FindAsync(User, seanceId, cancellationToken);
        if (scope is null || scope.Comite.Id != comiteId) return NotFound();
        Scope = scope;
        Board = await ForumBoard.LoadAsync(db, loader, results, seanceId, cancellationToken);
        return Page();
    }
}
