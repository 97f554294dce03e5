using Diagnostic.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Diagnostic.Web.Tests.Infrastructure;

/// <summary>
/// One fresh database for one factory or one test: a SQLite file in the given folder, or, when
/// DIAGNOSTIC_TEST_POSTGRES holds a server's connection string (tests/postgres.sh exports it), a new PostgreSQL
/// database on that server, dropped on dispose. The suite runs once per provider.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "DIAGNOSTIC_TEST_POSTGRES";

    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => PostgresServer is not null;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? File { get; }

    public TestDatabase(string folder, string fileName = "test.db")
    {
        if (PostgresServer is { } server)
        {
            Provider = DatabaseProvider.Postgres;
            // The migrations create the database on first use.
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = "diagnostic_test_" + Guid.NewGuid().ToString("N") }.ConnectionString;
            return;
        }
        Provider = DatabaseProvider.Sqlite;
        Directory.CreateDirectory(folder);
        File = Path.Combine(folder, fileName);
        ConnectionString = $"Data Source={File}";
    }

    /// <summary>The settings the web app and the CLI read.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:" + DiagnosticDatabase.ConnectionStringName] = ConnectionString,
        [DatabaseProviders.ProviderKey] = Provider.ToString(),
    };

    /// <summary>The same settings as environment variables, for a child process.</summary>
    public IEnumerable<KeyValuePair<string, string?>> EnvironmentVariables =>
        Settings.Select(s => KeyValuePair.Create(s.Key.Replace(":", "__"), s.Value));

    public void Dispose()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return;
        }
        using (var pooled = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(pooled);
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database!;
        using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        server.Open();
        using var drop = server.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
