using System.Security.Claims;

namespace Diagnostic.Data.Audit;

/// <summary>Who did it: a signed-in account (id and email), or the command line / the system.</summary>
public sealed record AuditActor(string? UserId, string Display)
{
    public static readonly AuditActor CommandLine = new(null, "cli");
    public static readonly AuditActor System = new(null, "system");

    /// <summary>The account behind a signed-in principal (Identity puts the id in NameIdentifier and the email in Name).</summary>
    public static AuditActor From(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
            ? new(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.Identity.Name ?? "?")
            : new(null, "anonymous");
}
