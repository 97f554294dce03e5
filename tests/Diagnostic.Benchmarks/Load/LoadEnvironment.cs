namespace Diagnostic.Benchmarks.Load;

/// <summary>
/// The settings the server and the CLI share, as environment variables: the same database (a fresh SQLite file in
/// the work folder, or the given PostgreSQL), the same data folder (keys, so drafts survive the restart), demo off,
/// loopback only, rate limits raised, then whatever --server-env adds.
/// </summary>
internal sealed class LoadEnvironment(LoadOptions options, string root, int port)
{
    public string DataDirectory => Path.Combine(options.Work, "data");
    public string SqliteFile => Path.Combine(DataDirectory, "diagnostic.db");
    public string BaseAddress => $"http://127.0.0.1:{port}";

    public IReadOnlyDictionary<string, string> Variables()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = BaseAddress,
            ["PublicBaseUrl"] = BaseAddress,
            ["AllowedHosts"] = "127.0.0.1",
            ["Demo__Enabled"] = "false",
            ["Storage__DataDirectory"] = DataDirectory,
            ["Questionnaires__Directory"] = Path.Combine(root, "questionnaires"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (options.IsPostgres)
        {
            // The server on the given PostgreSQL database; the harness leaves its data there (see Reset).
            variables["Database__Provider"] = "Postgres";
            variables["ConnectionStrings__Diagnostic"] = options.Connection!;
        }
        else
        {
            variables["ConnectionStrings__Diagnostic"] = $"Data Source={SqliteFile}";
        }
        foreach (var (key, value) in options.ServerEnvironment) variables[key] = value;
        return variables;
    }

    /// <summary>A fresh SQLite database and key ring for each run; a PostgreSQL database is left alone (each run
    /// uses its own collecte code instead).</summary>
    public void Reset()
    {
        Directory.CreateDirectory(DataDirectory);
        if (options.IsPostgres) return;
        foreach (var file in new[] { SqliteFile, SqliteFile + "-wal", SqliteFile + "-shm" }) File.Delete(file);
        var keys = Path.Combine(DataDirectory, "keys");
        if (Directory.Exists(keys)) Directory.Delete(keys, recursive: true);
    }
}
