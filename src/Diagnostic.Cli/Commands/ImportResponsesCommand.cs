using System.CommandLine;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Exchange;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic import-responses --collecte C F`: imports a response CSV into a collecte, all or nothing. Every error is
/// written to stderr as "F: row R, column C: reason" and nothing is changed (exit 1); a second import of the same file
/// adds nothing (exit 0).
/// </summary>
public sealed class ImportResponsesCommand(TextWriter output, TextWriter error, Func<IConfiguration> configuration) : ICliCommand
{
    public ImportResponsesCommand() : this(Console.Out, Console.Error, CliConfiguration.Load)
    {
    }

    public Command Build()
    {
        var collecte = new Option<string>("--collecte", "--session") { Description = "Code of the collecte", Required = true };
        var file = new Argument<string>("file") { Description = "Response CSV file (format of the export)" };
        var command = new Command("import-responses", "Importe un fichier CSV de réponses dans une collecte (tout ou rien)");
        command.Options.Add(collecte);
        command.Arguments.Add(file);
        command.SetAction(async (ParseResult r, CancellationToken ct) => await RunAsync(r.GetValue(collecte)!, r.GetValue(file)!, ct));
        return command;
    }

    private async Task<int> RunAsync(string code, string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"{path}: file not found");
            return 1;
        }
        await using var services = await ExchangeDatabase.OpenAsync(configuration(), ct);
        var db = services.GetRequiredService<DiagnosticDbContext>();
        if (await ExchangeDatabase.FindAsync(db, code, error, ct) is not { } collecte) return 1;
        ImportResult result;
        await using (var stream = File.OpenRead(path))
        {
            result = await new ResponseImporter(db, TimeProvider.System).ImportAsync(collecte, stream, ct);
        }
        foreach (var problem in result.Errors) await error.WriteLineAsync($"{path}: {problem}");
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"{result.Errors.Count} error(s): nothing was imported");
            return 1;
        }
        await new AuditLog(db).RecordAsync(AuditActor.CommandLine, AuditActions.CollecteImported, AuditTarget.Collecte(collecte.Id),
            $"{result.Added} added, {result.Skipped} already present", ct);
        // The row count comes first: a file cut at a row boundary is valid, and only the count can show it.
        await output.WriteLineAsync(
            $"{result.Read} row(s) read from {path}; {result.Added} response(s) imported into '{code}', {result.Skipped} already present");
        return 0;
    }
}
