using Microsoft.AspNetCore.Identity;

namespace Diagnostic.Data.Entities;

/// <summary>
/// A staff account (administratrice, organisatrice, committee member). Citizens never have one.
/// The user name is the email address.
/// </summary>
public sealed class DiagnosticUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// When the current run of failed sign-ins began (null when none). Identity's count of failures never expires by
    /// itself; failures only add up toward a lockout within one sign-in window from here (Login), so a few tries an
    /// hour from one address never lock anyone out.
    /// </summary>
    public DateTimeOffset? FailedSignInsSince { get; set; }
}
