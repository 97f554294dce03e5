using Diagnostic.Web.Pages.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Plan;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Region;

/// <summary>A regional territory's local comités side by side: targets, action statuses and dimension scores.</summary>
public sealed class IndexModel(DiagnosticDbContext db, ComiteAccess scope, RegionReader reader) : PageModel
{
    public Territory Region { get; private set; } = null!;
    public IReadOnlyList<LocalColumn> Columns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string territory, CancellationToken cancellationToken)
    {
        var region = await db.Territories.AsNoTracking().FirstOrDefaultAsync(t => t.Code == territory, cancellationToken);
        // A comité member sees a region only through a comité sitting on it; admins and organisatrices see every region.
        var staff = ComiteAccess.IsOrganizer(User);
        if (region is null || (!staff && !await scope.Visible(User).AnyAsync(c => c.TerritoryId == region.Id, cancellationToken)))
            return NotFound();
        Region = region;
        Columns = await reader.ReadAsync(region, cancellationToken);
        return Page();
    }
}
