using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Diagnostic.Data;

/// <summary>Where the files of an installation live, so the web app, backup and restore agree on them.</summary>
public static class StorageLayout
{
    /// <summary>The data-protection key ring (cookies, drafts, antiforgery): a `keys` folder in the data directory.</summary>
    public static string KeysDirectory(IConfiguration configuration) =>
        Path.Combine(DiagnosticDatabase.DataDirectory(configuration), "keys");

    /// <summary>The SQLite file of the configured connection string, as a full path.</summary>
    public static string DatabaseFile(IConfiguration configuration) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(DiagnosticDatabase.ResolveConnectionString(configuration)).DataSource);
}
