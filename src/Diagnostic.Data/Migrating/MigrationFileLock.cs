using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Diagnostic.Data.Migrating;

/// <summary>
/// An exclusive OS lock (flock on Linux, a share lock on Windows) on a file beside the SQLite database, held while
/// migrations run. The kernel releases it when its process dies, even by `kill -9`, so unlike EF's
/// <c>__EFMigrationsLock</c> row it can tell a live migrator from a dead one.
/// </summary>
internal sealed class MigrationFileLock : IAsyncDisposable
{
    public const string Suffix = ".migrations.lock";
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    private readonly FileStream file;

    private MigrationFileLock(FileStream file) => this.file = file;

    /// <summary>The lock file of a SQLite connection string, or null for an in-memory database (nothing to share).</summary>
    public static string? PathFor(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:") return null;
        return Path.GetFullPath(builder.DataSource) + Suffix;
    }

    /// <summary>Waits until this process holds the lock (telling the log once that it waits), or null when there is no file.</summary>
    public static async Task<MigrationFileLock?> AcquireAsync(string connectionString, ILogger? logger, CancellationToken ct)
    {
        if (PathFor(connectionString) is not { } path) return null;
        var told = false;
        while (true)
        {
            try
            {
                return new MigrationFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another live process holds it: it is migrating the same database right now.
                if (!told) logger?.LogInformation("Waiting for another process to finish migrating the database ({LockFile})", path);
                told = true;
                await Task.Delay(RetryDelay, ct);
            }
        }
    }

    public ValueTask DisposeAsync() => file.DisposeAsync();
}
