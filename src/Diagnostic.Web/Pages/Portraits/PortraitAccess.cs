using System.Security.Claims;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Authorization;
using Microsoft.AspNetCore.Authorization;

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
/// organisatrice, comite), an organisatrice only for the collectes she is assigned to (<see cref="CollecteAccess"/>).
/// Comité members have no per-collecte assignment yet, so they see every non-public portrait.
/// </summary>
public sealed class PortraitAccess(IAuthorizationService authorization, CollecteAccess collectes)
{
    public async Task<PortraitDecision> DecideAsync(ClaimsPrincipal user, PortraitStamp stamp, CancellationToken cancellationToken)
    {
        if (stamp.IsPublic) return PortraitDecision.Allowed;
        if (user.Identity?.IsAuthenticated != true) return PortraitDecision.SignIn;
        if (!(await authorization.AuthorizeAsync(user, Policies.Committee)).Succeeded) return PortraitDecision.Forbidden;
        var scoped = user.IsInRole(Roles.Organizer) && !user.IsInRole(Roles.Admin);
        return scoped && !await collectes.CanSeeAsync(user, stamp.CollecteId, cancellationToken)
            ? PortraitDecision.NotFound
            : PortraitDecision.Allowed;
    }

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, PortraitStamp stamp, CancellationToken cancellationToken) =>
        await DecideAsync(user, stamp, cancellationToken) == PortraitDecision.Allowed;
}
