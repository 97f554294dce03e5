using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>Who sees a portrait: anyone when the collecte's portrait is public, otherwise comité members and organizers.</summary>
public sealed class PortraitAccess(IOptions<PortraitOptions> options)
{
    /// <summary>The roles of the `Committee` policy (admin, organisatrice, comite).</summary>
    private static readonly string[] CommitteeRoles = ["admin", "organisatrice", "comite"];

    public bool Allows(ClaimsPrincipal user, PortraitStamp stamp) =>
        stamp.IsPublic
        || !options.Value.RequireSignIn
        || (user.Identity?.IsAuthenticated == true && CommitteeRoles.Any(user.IsInRole));
}
