namespace Diagnostic.Web.Abuse;

/// <summary>The kinds of request that are counted, each with its own <see cref="RateLimitRule"/>.</summary>
public enum RateLimitKind
{
    Submission,
    ResumeCode,
    InvitationCode,
    SignIn,
}
