using Diagnostic.Data.Collectes;
using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>
/// Every collecte query of the organizer pages goes through <see cref="CollecteAccess"/>, so a collecte outside
/// the person's scope is simply not found (404, never 403). Also assigns creators and writes the audit log.
/// </summary>
public sealed class OrganizerCollectes(DiagnosticDbContext db, CollecteAccess access, AuditLog audit)
{
    public IQueryable<Collecte> Visible(ClaimsPrincipal user) => access.Visible(user);

    /// <summary>The collecte with its territory, snapshot and neighbourhoods, or null when unknown or not hers.</summary>
    public Task<Collecte?> FindAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken) =>
        Visible(user).Whole().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>An organisatrice who creates a collecte becomes one of its organisers, so she sees it; an admin sees all anyway.</summary>
    public async Task AssignCreatorAsync(ClaimsPrincipal user, Collecte collecte, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Admin) || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return;
        db.CollecteOrganizers.Add(new CollecteOrganizer { CollecteId = collecte.Id, UserId = userId });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Who did what to which collecte; never any answer or personal data.</summary>
    public Task AuditAsync(ClaimsPrincipal user, string action, Collecte collecte, string? details, CancellationToken cancellationToken) =>
        audit.RecordAsync(user, action, AuditTarget.Collecte(collecte.Id), details, cancellationToken);
}
