using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>The collectes this person may manage (all of them for an admin), newest first.</summary>
public sealed class IndexModel(OrganizerCollectes collectes) : PageModel
{
    public List<Collecte> Collectes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Collectes = await collectes.Visible(User).AsNoTracking()
            .Include(s => s.Territory).Include(s => s.Snapshot)
            .OrderByDescending(s => s.Id).ToListAsync(cancellationToken);
}
