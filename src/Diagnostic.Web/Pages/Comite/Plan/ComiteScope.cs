using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>
/// The comité years a signed-in person may follow: admins and organisatrices see every comité, a comité
/// member only the comités they sit on. A year outside one's scope is a 404, never a 403.
/// </summary>
public sealed class ComiteScope(DiagnosticDbContext db)
{
    public const string AdminRole = Roles.Admin;
    public const string OrganizerRole = Roles.Organizer;

    public IQueryable<ComiteCycle> Cycles(ClaimsPrincipal user)
    {
        var cycles = db.ComiteCycles.Include(c => c.Comite!).ThenInclude(c => c.Territory);
        if (user.IsInRole(AdminRole) || user.IsInRole(OrganizerRole))
            return cycles;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return cycles.Where(c => db.ComiteMembers.Any(m => m.ComiteId == c.ComiteId && m.UserId == userId));
    }

    public Task<ComiteCycle?> FindAsync(ClaimsPrincipal user, int cycleId, CancellationToken cancellationToken) =>
        Cycles(user).FirstOrDefaultAsync(c => c.Id == cycleId, cancellationToken);

    /// <summary>The comités' territories one may see (for the regional view).</summary>
    public IQueryable<Data.Entities.Comite> Comites(ClaimsPrincipal user)
    {
        if (user.IsInRole(AdminRole) || user.IsInRole(OrganizerRole))
            return db.Comites;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return db.Comites.Where(c => c.Members.Any(m => m.UserId == userId));
    }
}
