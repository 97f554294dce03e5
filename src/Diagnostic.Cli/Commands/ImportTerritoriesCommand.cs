using System.CommandLine;
using Diagnostic.Core.Territories;
using Diagnostic.Data.Territories;
using Microsoft.Extensions.Configuration;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic import-territories &lt;file.csv&gt;`: reads the contract's territory CSV and stores it all-or-nothing.
/// Every error goes to stderr as `file:line:column: message` (exit 1, nothing changed); on success the
/// added and updated codes are counted on stdout (exit 0). Existing codes are updated, others kept.
/// </summary>
internal sealed class ImportTerritoriesCommand(IConfiguration? configuration) : ICliCommand
{
    public ImportTerritoriesCommand() : this(null)
    {
    }

    public Command Build()
    {
        var file = new Argument<string>("file") { Description = "Fichier CSV code,name,parent,population (UTF-8)" };
        var command = new Command("import-territories", "Importe ou met à jour la hiérarchie des territoires à partir d'un CSV");
        command.Arguments.Add(file);
        command.SetAction(async (ParseResult result, CancellationToken ct) => await RunAsync(
            result.GetValue(file)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, ct));
        return command;
    }

    private async Task<int> RunAsync(string path, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"{path}:1:1: no such file");
            return 1;
        }
        var read = await TerritoryCsvReader.ReadFileAsync(path, ct);
        if (!read.IsValid)
        {
            foreach (var problem in read.Errors) await error.WriteLineAsync(problem.ToString());
            await error.WriteLineAsync($"{read.Errors.Count} error(s): nothing was imported");
            return 1;
        }
        await using var database = await CommandDatabase.OpenAsync(configuration, ct);
        var imported = await new TerritoryStore(database.Db).ImportAsync(read, ct);
        await output.WriteLineAsync(
            $"Imported {path}: {imported.Added.Count} territory(ies) added, {imported.Updated.Count} updated");
        return 0;
    }
}
