using Microsoft.Data.Sqlite;

namespace Diagnostic.Cli.Backups;

/// <summary>SQLite's online backup API: a consistent copy page by page, safe while the web app reads and writes.</summary>
internal static class SqliteCopy
{
    public static void Copy(string sourceConnectionString, string targetConnectionString)
    {
        using var source = new SqliteConnection(NoPool(sourceConnectionString));
        using var target = new SqliteConnection(NoPool(targetConnectionString));
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    public static string FileConnection(string file, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString();

    /// <summary>No pooled handle stays open on a file that is then moved or deleted.</summary>
    private static string NoPool(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();

    /// <summary>"ok" when SQLite finds the file sound and it holds a Diagnostic schema; otherwise why not.</summary>
    public static string? Problem(string file)
    {
        try
        {
            using var connection = new SqliteConnection(FileConnection(file, SqliteOpenMode.ReadOnly));
            connection.Open();
            if (Scalar(connection, "PRAGMA quick_check") != "ok") return "the database in it is damaged";
            return Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'") == "1"
                ? null
                : "the database in it is not a Diagnostic database";
        }
        catch (SqliteException)
        {
            return "the database in it cannot be read by SQLite";
        }
    }

    public static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
