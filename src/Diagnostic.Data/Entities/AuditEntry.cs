namespace Diagnostic.Data.Entities;

/// <summary>
/// Who did what to which thing, and when. Details are short and never hold personal data
/// (no answers, no citizen text); the actor's email is kept so the log stays readable after an account is deleted.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC; a DateTime rather than a DateTimeOffset so SQLite can filter and sort on it.</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>Null for the command line or the system (demo seeding, retention job).</summary>
    public string? ActorUserId { get; set; }
    public required string ActorDisplay { get; set; }

    /// <summary>A dotted verb such as collecte.created; see <c>AuditActions</c>.</summary>
    public required string Action { get; set; }
    public required string TargetType { get; set; }
    public string? TargetId { get; set; }
    public string? Details { get; set; }
}
