using System.Security.Claims;
using Diagnostic.Data.Entities;

namespace Diagnostic.Data.Audit;

/// <summary>
/// Writes who created, opened, closed, exported, imported or deleted what, and when. Uses the request's
/// DbContext, so an entry added with <see cref="Add"/> is saved in the caller's own SaveChanges/transaction.
/// </summary>
public sealed class AuditLog(DiagnosticDbContext db, TimeProvider? clock = null)
{
    public const int MaxDetailsLength = 500;

    /// <summary>Adds the entry and saves the context (with whatever else the caller has pending).</summary>
    public Task RecordAsync(ClaimsPrincipal actor, string action, AuditTarget target, string? details = null,
        CancellationToken cancellationToken = default) =>
        RecordAsync(AuditActor.From(actor), action, target, details, cancellationToken);

    public async Task RecordAsync(AuditActor actor, string action, AuditTarget target, string? details = null,
        CancellationToken cancellationToken = default)
    {
        Add(actor, action, target, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Stages the entry without saving, to commit it atomically with the audited change.</summary>
    public AuditEntry Add(AuditActor actor, string action, AuditTarget target, string? details = null)
    {
        var entry = new AuditEntry
        {
            AtUtc = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime,
            ActorUserId = actor.UserId,
            ActorDisplay = actor.Display,
            Action = action,
            TargetType = target.Type,
            TargetId = target.Id,
            Details = details is { Length: > MaxDetailsLength } ? details[..MaxDetailsLength] : details,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
