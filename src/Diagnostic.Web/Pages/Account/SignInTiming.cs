using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Diagnostic.Web.Pages.Account;

/// <summary>
/// Identity checks a password only for an account that exists and is not locked; otherwise it answers at once, and the
/// time taken tells which emails have an account. Checking the typed password against a dummy hash in those cases
/// makes every refused sign-in cost one password hash.
/// </summary>
public sealed class SignInTiming(IPasswordHasher<DiagnosticUser> hasher)
{
    private static readonly DiagnosticUser Nobody = new();

    // Computed once with the app's hasher settings; two first requests racing compute it twice, harmlessly.
    private static string? dummyHash;

    public void SpendOneHash(string typedPassword)
    {
        dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, dummyHash, typedPassword);
    }
}
