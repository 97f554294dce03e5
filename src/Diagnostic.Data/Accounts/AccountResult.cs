using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Diagnostic.Data.Accounts;

/// <summary>The account created, or why not (messages safe to show: they never echo the password).</summary>
public sealed record AccountResult(DiagnosticUser? User, IReadOnlyList<string> Errors)
{
    public bool Succeeded => User is not null;

    public static AccountResult Created(DiagnosticUser user) => new(user, []);

    public static AccountResult Failed(string error) => new(null, [error]);

    public static AccountResult Failed(IEnumerable<IdentityError> errors) =>
        new(null, errors.Select(e => e.Description).ToList());
}
