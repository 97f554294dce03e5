using System.Net;
using Diagnostic.Data.Accounts;

namespace Diagnostic.Web.Tests.Authorization;

/// <summary>What a GET came back with, as far as authorization is concerned.</summary>
public enum OutcomeKind
{
    /// <summary>The page's handler ran: 200, 404 for a missing thing, a redirect elsewhere in the flow, ...</summary>
    Reached,

    /// <summary>302 to /connexion?ReturnUrl=...</summary>
    SignIn,

    /// <summary>403 with the access denied page.</summary>
    Forbidden,
}

/// <summary>The outcome of one request, and the expected one for a rule and a role.</summary>
public sealed record Outcome(OutcomeKind Kind, HttpStatusCode Status, string? Location)
{
    public static Outcome Of(HttpResponseMessage response)
    {
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : null;
        var kind = response.StatusCode switch
        {
            HttpStatusCode.Redirect when location?.StartsWith("/connexion?ReturnUrl=", StringComparison.Ordinal) == true => OutcomeKind.SignIn,
            HttpStatusCode.Forbidden => OutcomeKind.Forbidden,
            _ => OutcomeKind.Reached,
        };
        return new Outcome(kind, response.StatusCode, location);
    }

    public static Expectation Expected(AccessRule rule, string role) => (rule, role) switch
    {
        (AccessRule.Public, _) => new Expectation(OutcomeKind.Reached, AlsoForbidden: true),
        (AccessRule.FileOr404, _) => new Expectation(OutcomeKind.Reached),
        (_, AuthorizationMatrixTests.Anonymous) => new Expectation(OutcomeKind.SignIn),
        (AccessRule.SignedIn or AccessRule.Committee, _) => new Expectation(OutcomeKind.Reached),
        (AccessRule.Organizer, Roles.Admin or Roles.Organizer) => new Expectation(OutcomeKind.Reached),
        (AccessRule.Admin, Roles.Admin) => new Expectation(OutcomeKind.Reached),
        _ => new Expectation(OutcomeKind.Forbidden),
    };

    public override string ToString() => $"{Kind} ({(int)Status}{(Location is null ? "" : " → " + Location)})";
}

/// <summary>
/// The expected outcome. A public page never redirects to sign-in; it may itself answer 403 (the access denied
/// page at /erreur/403 does), so for public pages only the sign-in redirect is a failure.
/// </summary>
public sealed record Expectation(OutcomeKind Kind, bool AlsoForbidden = false)
{
    public bool Accepts(Outcome outcome) => outcome.Kind == Kind || (AlsoForbidden && outcome.Kind == OutcomeKind.Forbidden);

    public override string ToString() => Kind.ToString();
}
