using System.Security.Claims;

namespace Diagnostic.Data.Audit;

// TEMPORARY STUB until branch accounts lands (reverted before merging it).
public static class AuditActions
{
    public const string SessionExported = "session.exported";
    public const string SessionImported = "session.imported";
    public const string SessionDeleted = "session.deleted";
    public const string SessionPurged = "session.purged";
}

public sealed record AuditActor(string? UserId, string Display)
{
    public static readonly AuditActor CommandLine = new(null, "cli");
    public static readonly AuditActor System = new(null, "system");
}

public sealed record AuditTarget(string Type, string? Id)
{
    public static AuditTarget Session(int id) => new("session", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class AuditLog
{
    public Task RecordAsync(ClaimsPrincipal actor, string action, AuditTarget target, string? details = null, CancellationToken cancellationToken = default) => Task.CompletedTask;
    public Task RecordAsync(AuditActor actor, string action, AuditTarget target, string? details = null, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
