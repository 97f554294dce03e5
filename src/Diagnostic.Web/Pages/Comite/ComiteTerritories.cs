using System.Security.Claims;
using Diagnostic.Data;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>
/// The territories a comité member's comités cover: each comité's own territory and every territory below it, so a
/// regional comité covers its cities and MRC and their neighbourhoods, and a local comité only its own.
/// </summary>
public sealed class ComiteTerritories(DiagnosticDbContext db, Organisations.Today today)
{
    public async Task<IReadOnlySet<int>> CoveredAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = ComiteAccess.UserId(user);
        if (userId is null) return new HashSet<int>();
        var day = today.Date;
        var roots = await db.ComiteMembers.AsNoTracking()
            .Where(m => m.UserId == userId && m.StartDate <= day && (m.EndDate == null || m.EndDate >= day))
            .Select(m => m.Comite!.TerritoryId).Distinct().ToListAsync(cancellationToken);
        if (roots.Count == 0) return new HashSet<int>();
        // The hierarchy is small (a region holds hundreds of places at most): walk it in memory.
        var children = (await db.Territories.AsNoTracking().Where(t => t.ParentId != null)
                .Select(t => new { t.Id, ParentId = t.ParentId!.Value }).ToListAsync(cancellationToken))
            .ToLookup(t => t.ParentId, t => t.Id);
        var covered = new HashSet<int>(roots);
        var queue = new Queue<int>(roots);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id])
                if (covered.Add(child)) queue.Enqueue(child);
        }
        return covered;
    }
}
