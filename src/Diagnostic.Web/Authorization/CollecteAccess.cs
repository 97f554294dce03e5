using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Authorization;

/// <summary>
/// The collectes a staff member may see: every one for an admin, otherwise only those she is assigned to
/// (<see cref="CollecteOrganizer"/>). A collecte outside her scope must answer 404, never 403, so its existence
/// does not leak: callers use <see cref="FindVisibleAsync(ClaimsPrincipal, int, CancellationToken)"/> and return NotFound() on null.
/// </summary>
public sealed class CollecteAccess(DiagnosticDbContext db)
{
    public IQueryable<Collecte> Visible(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return db.Collectes.Where(_ => false);
        if (user.IsInRole(Roles.Admin)) return db.Collectes;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return db.Collectes.Where(_ => false);
        return db.Collectes.Where(s => db.CollecteOrganizers.Any(o => o.CollecteId == s.Id && o.UserId == userId));
    }

    public Task<Collecte?> FindVisibleAsync(ClaimsPrincipal user, int collecteId, CancellationToken cancellationToken = default) =>
        Visible(user).FirstOrDefaultAsync(s => s.Id == collecteId, cancellationToken);

    public Task<Collecte?> FindVisibleAsync(ClaimsPrincipal user, string publicCode, CancellationToken cancellationToken = default) =>
        Visible(user).FirstOrDefaultAsync(s => s.PublicCode == publicCode, cancellationToken);

    public Task<bool> CanSeeAsync(ClaimsPrincipal user, int collecteId, CancellationToken cancellationToken = default) =>
        Visible(user).AnyAsync(s => s.Id == collecteId, cancellationToken);
}
