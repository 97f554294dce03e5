using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Authorization;
using Diagnostic.Web.Pages.Comite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>What a reader gets when asking for a portrait.</summary>
public enum PortraitDecision
{
    Allowed,

    /// <summary>Not public and nobody signed in: the sign-in page, then back.</summary>
    SignIn,

    /// <summary>Signed in without the Committee policy.</summary>
    Forbidden,

    /// <summary>An organisatrice outside the collecte's scope: it does not exist for her (a 404, never a 403).</summary>
    NotFound,
}

/// <summary>
/// Who sees a portrait: anyone when the collecte's portrait is public; otherwise the `Committee` policy (admin,
/// organisatrice, comite), an organisatrice only for the collectes she is assigned to (<see cref="CollecteAccess"/>),
/// a comité member only for collectes on her comités' territories or below them (<see cref="ComiteTerritories"/>).
/// Outside their scope a portrait does not exist for them (404).
/// </summary>
public sealed class PortraitAccess(
    IAuthorizationService authorization, CollecteAccess collectes, ComiteTerritories comiteTerritories, DiagnosticDbContext db)
{
    public async Task<PortraitDecision> DecideAsync(ClaimsPrincipal user, PortraitStamp stamp, CancellationToken cancellationToken)
    {
        if (stamp.IsPublic) return PortraitDecision.Allowed;
        if (user.Identity?.IsAuthenticated != true) return PortraitDecision.SignIn;
        if (!(await authorization.AuthorizeAsync(user, Policies.Committee)).Succeeded) return PortraitDecision.Forbidden;
        if (user.IsInRole(Roles.Admin)) return PortraitDecision.Allowed;
        var allowed = user.IsInRole(Roles.Organizer)
            ? await collectes.CanSeeAsync(user, stamp.CollecteId, cancellationToken)
            : await CoversAsync(user, stamp.CollecteId, cancellationToken);
        return allowed ? PortraitDecision.Allowed : PortraitDecision.NotFound;
    }

    private async Task<bool> CoversAsync(ClaimsPrincipal member, int collecteId, CancellationToken cancellationToken)
    {
        var covered = await comiteTerritories.CoveredAsync(member, cancellationToken);
        if (covered.Count == 0) return false;
        var territoryId = await db.Collectes.Where(c => c.Id == collecteId).Select(c => c.TerritoryId).SingleAsync(cancellationToken);
        return covered.Contains(territoryId);
    }

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, PortraitStamp stamp, CancellationToken cancellationToken) =>
        await DecideAsync(user, stamp, cancellationToken) == PortraitDecision.Allowed;

    /// <summary>Whether the person may read this collecte's portrait; false for an unknown collecte.</summary>
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, int collecteId, CancellationToken cancellationToken) =>
        await PortraitCache.StampAsync(db, collecteId, cancellationToken) is { } stamp && await AllowsAsync(user, stamp, cancellationToken);
}
