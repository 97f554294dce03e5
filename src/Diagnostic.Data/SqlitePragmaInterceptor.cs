using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Diagnostic.Data;

/// <summary>
/// Sets the pragmas every connection needs: WAL so readers never block the writer, a busy timeout so
/// concurrent submissions wait instead of failing with "database is locked", and synchronous=FULL so an
/// acknowledged submission survives a crash.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA synchronous=FULL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
