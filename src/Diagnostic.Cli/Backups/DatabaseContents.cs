using Microsoft.Data.Sqlite;

namespace Diagnostic.Cli.Backups;

/// <summary>Whether a database holds anything a restore would destroy.</summary>
internal static class DatabaseContents
{
    /// <summary>Tables whose rows come from the migrations themselves (EF's bookkeeping, the seeded roles).</summary>
    private static readonly HashSet<string> FromMigrations = new(StringComparer.Ordinal)
    {
        "__EFMigrationsHistory", "__EFMigrationsLock", "AspNetRoles",
    };

    /// <summary>True when the file does not exist or holds no row outside <see cref="FromMigrations"/>.</summary>
    public static bool IsEmpty(string file)
    {
        if (!File.Exists(file)) return true;
        using var connection = new SqliteConnection(SqliteCopy.FileConnection(file, SqliteOpenMode.ReadOnly));
        connection.Open();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = command.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        // Table names cannot be parameters; they come from sqlite_master and are quoted as identifiers.
        return tables.Where(t => !FromMigrations.Contains(t))
            .All(t => SqliteCopy.Scalar(connection, $"SELECT EXISTS (SELECT 1 FROM \"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\")") == "0");
    }
}
