using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Sessions;

/// <summary>The collectes this person may manage (all of them for an admin), newest first.</summary>
public sealed class IndexModel(OrganizerCollectes collectes) : PageModel
{
    public List<DiagnosisSession> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sessions = await collectes.Visible(User).AsNoTracking()
            .Include(s => s.Territory).Include(s => s.Snapshot)
            .OrderByDescending(s => s.Id).ToListAsync(cancellationToken);
}
