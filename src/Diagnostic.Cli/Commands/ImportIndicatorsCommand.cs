using System.CommandLine;
using Diagnostic.Data.TerritoryData;
using Microsoft.Extensions.Configuration;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic import-indicators --territory CODE &lt;file.csv&gt;`: the indicators of a territory and its
/// neighbourhoods, long format neighbourhood,indicator,value,unit,source,year, replacing the previous ones
/// all-or-nothing. Every error goes to stderr as `file:line:column: message` (exit 1, nothing changed).
/// </summary>
internal sealed class ImportIndicatorsCommand(IConfiguration? configuration) : ICliCommand
{
    public ImportIndicatorsCommand() : this(null)
    {
    }

    public Command Build()
    {
        var file = new Argument<string>("file") { Description = "Fichier CSV neighbourhood,indicator,value,unit,source,year (UTF-8)" };
        var territory = new Option<string>("--territory") { Description = "Code du territoire (ses quartiers et lui-même)", Required = true };
        var command = new Command("import-indicators", "Importe les indicateurs d'un territoire et de ses quartiers (remplace les précédents)");
        command.Arguments.Add(file);
        command.Options.Add(territory);
        command.SetAction(async (ParseResult result, CancellationToken ct) => await RunAsync(
            result.GetValue(territory)!, result.GetValue(file)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, ct));
        return command;
    }

    private async Task<int> RunAsync(string territory, string path, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"{path}:1:1: no such file");
            return 1;
        }
        await using var database = await CommandDatabase.OpenAsync(configuration, ct);
        if (await TerritoryScope.FindAsync(database.Db, territory, ct) is not { } scope)
        {
            await error.WriteLineAsync($"--territory: no territory has the code '{territory}'");
            return 1;
        }
        var imported = await new IndicatorStore(database.Db).ImportAsync(scope, await File.ReadAllBytesAsync(path, ct), path, ct);
        if (imported.Rows is not { } rows)
        {
            foreach (var problem in imported.Errors) await error.WriteLineAsync(problem.ToString());
            await error.WriteLineAsync($"{imported.Errors.Count} error(s): nothing was imported");
            return 1;
        }
        await output.WriteLineAsync(
            $"Imported {path}: {rows.Select(r => r.Indicator).Distinct().Count()} indicator(s) for {scope.Codes.Count} code(s) of {scope.Code}");
        return 0;
    }
}
