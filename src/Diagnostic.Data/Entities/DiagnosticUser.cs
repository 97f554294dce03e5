using Microsoft.AspNetCore.Identity;

namespace Diagnostic.Data.Entities;

/// <summary>
/// A staff account (administratrice, organisatrice, committee member). Citizens never have one.
/// The user name is the email address.
/// </summary>
public sealed class DiagnosticUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }
}
