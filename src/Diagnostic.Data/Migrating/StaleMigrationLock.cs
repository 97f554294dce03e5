using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Diagnostic.Data.Migrating;

/// <summary>
/// EF Core's SQLite migrator takes a row in <c>__EFMigrationsLock</c> and waits forever while one is there; a process
/// killed during a migration leaves it behind. Called only while <see cref="MigrationFileLock"/> is held: every
/// migrator takes that OS lock first, so any row found then belongs to a process that is gone.
/// </summary>
internal static class StaleMigrationLock
{
    public const string Table = "__EFMigrationsLock";
    private const string CountTables = "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '" + Table + "'";
    private const string DeleteRows = "DELETE FROM \"" + Table + "\"";

    public static async Task ClearAsync(DiagnosticDbContext db, ILogger? logger, CancellationToken ct)
    {
        var tables = await db.Database
            .SqlQueryRaw<int>(CountTables)
            .SingleAsync(ct);
        if (tables == 0) return;
        var removed = await db.Database.ExecuteSqlRawAsync(DeleteRows, ct);
        if (removed > 0) logger?.LogWarning("Removed a migration lock left by a process that stopped during a migration");
    }
}
