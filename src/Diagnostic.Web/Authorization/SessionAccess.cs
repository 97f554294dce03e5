using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Authorization;

/// <summary>
/// The collectes a staff member may see: every one for an admin, otherwise only those she is assigned to
/// (<see cref="SessionOrganizer"/>). A collecte outside her scope must answer 404, never 403, so its existence
/// does not leak: callers use <see cref="FindVisibleAsync(ClaimsPrincipal, int, CancellationToken)"/> and return NotFound() on null.
/// </summary>
public sealed class SessionAccess(DiagnosticDbContext db)
{
    public IQueryable<DiagnosisSession> Visible(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return db.Sessions.Where(_ => false);
        if (user.IsInRole(Roles.Admin)) return db.Sessions;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return db.Sessions.Where(_ => false);
        return db.Sessions.Where(s => db.SessionOrganizers.Any(o => o.SessionId == s.Id && o.UserId == userId));
    }

    public Task<DiagnosisSession?> FindVisibleAsync(ClaimsPrincipal user, int sessionId, CancellationToken cancellationToken = default) =>
        Visible(user).FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);

    public Task<DiagnosisSession?> FindVisibleAsync(ClaimsPrincipal user, string publicCode, CancellationToken cancellationToken = default) =>
        Visible(user).FirstOrDefaultAsync(s => s.PublicCode == publicCode, cancellationToken);

    public Task<bool> CanSeeAsync(ClaimsPrincipal user, int sessionId, CancellationToken cancellationToken = default) =>
        Visible(user).AnyAsync(s => s.Id == sessionId, cancellationToken);
}
