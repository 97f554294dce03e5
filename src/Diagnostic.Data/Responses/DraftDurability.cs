using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Diagnostic.Data.Responses;

/// <summary>
/// A draft is not the durable write, the submission is (issue 16). On SQLite every connection runs with
/// synchronous=FULL (an fsync of the WAL at each commit); a draft's write runs with synchronous=NORMAL instead, which
/// in WAL mode still survives a kill -9 of the process (only a power cut may lose the last drafts), and the next
/// FULL commit (the submission) syncs everything before it. Without the fsync a draft save no longer holds the single
/// writer's lock while the disk syncs, which is what capped submissions per second. PostgreSQL: unchanged.
/// </summary>
internal static class DraftDurability
{
    public const string Relaxed = "PRAGMA synchronous=NORMAL;";
    public const string Strict = "PRAGMA synchronous=FULL;";

    public static async Task<T> RelaxedAsync<T>(DiagnosticDbContext db, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return await write();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await PragmaAsync(db, Relaxed, cancellationToken);
            try
            {
                return await write();
            }
            finally
            {
                await RestoreAsync(db);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Never cancelled: a pooled connection must not go back with the relaxed setting.</summary>
    public static Task RestoreAsync(DiagnosticDbContext db) => PragmaAsync(db, Strict, CancellationToken.None);

    /// <summary>On the open connection itself: a constant pragma needs none of EF's raw-SQL machinery (parameters,
    /// command cache, diagnostics), and every draft save runs two.</summary>
    private static async Task PragmaAsync(DiagnosticDbContext db, string pragma, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = pragma;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
