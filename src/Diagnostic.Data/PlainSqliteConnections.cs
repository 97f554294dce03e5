using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Diagnostic.Data;

/// <summary>
/// Gives EF a SQLite connection without the functions EF adds to each one it creates (regexp and the ef_* helpers for
/// decimal arithmetic): Microsoft.Data.Sqlite registers them again on the native connection at every open, about a
/// dozen sqlite3_create_function calls and their allocations per query (issue 16: a few percent of a submission's
/// CPU). None of this application's queries uses them: decimals (a commitment's money) are stored as text and never
/// computed on in SQL, and no query matches a regular expression; a query that needed one would fail in the tests with
/// "no such function".
/// </summary>
internal sealed class PlainSqliteConnections : DbConnectionInterceptor
{
    public override InterceptionResult<DbConnection> ConnectionCreating(
        ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result) =>
        InterceptionResult<DbConnection>.SuppressWithResult(new SqliteConnection(eventData.ConnectionString));
}
