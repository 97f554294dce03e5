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
            var name = "diagnostic_test_" + Guid.NewGuid().ToString("N");
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            // Made here, as an administrator makes it for a deployment: left to the migrations, the first connection to a
            // missing database is logged as an error before EF creates it, and tests that read the log would see it.
            RunOnServer($"CREATE DATABASE \"{name}\"");
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
        RunOnServer($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)");
    }

    private void RunOnServer(string sql)
    {
        using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        server.Open();
        using var command = server.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
