using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Diagnostic.Benchmarks.Load;

/// <summary>What the harness sets straight in the database: no CLI verb makes a portrait public.</summary>
internal static class Database
{
    public static async Task MakePortraitPublicAsync(LoadOptions options, LoadEnvironment environment, string code)
    {
        await using DbConnection connection = options.IsPostgres
            ? new NpgsqlConnection(options.Connection)
            : new SqliteConnection($"Data Source={environment.SqliteFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"Collectes\" SET \"PortraitPublic\" = @public WHERE \"PublicCode\" = @code";
        Add(command, "public", true);
        Add(command, "code", code);
        if (await command.ExecuteNonQueryAsync() != 1) throw new InvalidOperationException($"collecte {code} not found");
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
