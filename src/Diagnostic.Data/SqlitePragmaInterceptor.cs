using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Diagnostic.Data;

/// <summary>
/// Sets the pragmas every connection needs: WAL so readers never block the writer, a busy timeout so
/// concurrent submissions wait instead of failing with "database is locked", and synchronous=FULL so an
/// acknowledged submission survives a crash. Pragmas belong to the native connection, which Microsoft.Data.Sqlite
/// pools and hands out again on every open: they run once per native connection, not on each of a request's opens
/// (parsing "PRAGMA journal_mode=WAL" took a lock and a statement preparation per query).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA synchronous=FULL;";

    /// <summary>Native connections already set up; an entry goes away with its handle.</summary>
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection, out var handle)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Remember(handle);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection, out var handle)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(handle);
    }

    private static bool NeedsPragmas(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !Configured.TryGetValue(handle, out _);
    }

    private static void Remember(object? handle)
    {
        if (handle is not null) Configured.AddOrUpdate(handle, handle);
    }
}
