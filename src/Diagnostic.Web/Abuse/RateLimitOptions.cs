namespace Diagnostic.Web.Abuse;

/// <summary>
/// The `RateLimits` settings: one rule per kind of request a script would repeat (see appsettings.example.json).
/// Only POSTs count: reading a page is never limited.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Off only where something in front already limits (or in tests of other features).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Starting a questionnaire (consent) and submitting it: each stores or changes a response.</summary>
    public RateLimitRule Submissions { get; set; } = new() { PerAddress = 120, PerVisitor = 10, WindowSeconds = 600 };

    /// <summary>Typing a resume code: a guess at someone's unfinished answers.</summary>
    public RateLimitRule ResumeCodes { get; set; } = new() { PerAddress = 30, PerVisitor = 10, WindowSeconds = 600 };

    /// <summary>Typing a partner invitation code.</summary>
    public RateLimitRule InvitationCodes { get; set; } = new() { PerAddress = 30, PerVisitor = 10, WindowSeconds = 600 };

    /// <summary>
    /// Staff sign-in, per address only (there is no draft cookie). Kept below the account lockout threshold so that
    /// one address can never lock an account: only many addresses together reach the (short) lockout.
    /// </summary>
    public RateLimitRule SignIn { get; set; } = new() { PerAddress = 8, PerVisitor = 0, WindowSeconds = 600 };

    /// <summary>Every rule with its setting name, for validation messages.</summary>
    public IEnumerable<(string Name, RateLimitRule Rule)> Rules =>
        [(nameof(Submissions), Submissions), (nameof(ResumeCodes), ResumeCodes), (nameof(InvitationCodes), InvitationCodes), (nameof(SignIn), SignIn)];

    public RateLimitRule For(RateLimitKind kind) => kind switch
    {
        RateLimitKind.Submission => Submissions,
        RateLimitKind.ResumeCode => ResumeCodes,
        RateLimitKind.InvitationCode => InvitationCodes,
        RateLimitKind.SignIn => SignIn,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
