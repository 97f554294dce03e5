using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Diagnostic.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Reads Database:Provider and, for PostgreSQL, ConnectionStrings:Diagnostic. A wrong value stops the start with a
/// message (French, then English) naming the setting and what it accepts, before anything touches a database.
/// </summary>
public static class DatabaseProviders
{
    public const string ProviderKey = "Database:Provider";

    public static DatabaseProvider Resolve(IConfiguration configuration)
    {
        var value = configuration[ProviderKey]?.Trim();
        if (string.IsNullOrEmpty(value) || value.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)) return DatabaseProvider.Sqlite;
        if (value.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || value.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
            return DatabaseProvider.Postgres;
        throw new InvalidOperationException(
            $"Réglage {ProviderKey} : « {value} » n'est pas reconnu; valeurs possibles : Sqlite (par défaut) ou Postgres. " +
            $"Setting {ProviderKey}: '{value}' is not known; use Sqlite (the default) or Postgres.");
    }

    /// <summary>ConnectionStrings:Diagnostic, required and checked (host and database named) for PostgreSQL.</summary>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        var key = "ConnectionStrings:" + DiagnosticDatabase.ConnectionStringName;
        var configured = configuration.GetConnectionString(DiagnosticDatabase.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
            throw new InvalidOperationException(
                $"{ProviderKey} vaut Postgres mais {key} est vide : donnez la chaîne de connexion, par exemple " +
                "« Host=localhost;Database=diagnostic;Username=diagnostic;Password=… ». " +
                $"{ProviderKey} is Postgres but {key} is empty: give the connection string, for example " +
                "'Host=localhost;Database=diagnostic;Username=diagnostic;Password=…'.");
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException(
                $"{key} n'est pas une chaîne de connexion PostgreSQL valide ({e.Message}). " +
                $"{key} is not a valid PostgreSQL connection string ({e.Message}).", e);
        }
        var missing = new[] { ("Host", builder.Host), ("Database", builder.Database) }
            .Where(part => string.IsNullOrWhiteSpace(part.Item2)).Select(part => part.Item1).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException(
                $"{key} : il manque {string.Join(", ", missing)}. {key}: {string.Join(", ", missing)} missing.");
        return builder.ConnectionString;
    }
}
