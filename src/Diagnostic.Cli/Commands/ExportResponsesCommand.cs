using System.CommandLine;
using Diagnostic.Core.Responses;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Exchange;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic export-responses --collecte C --out F [--format wide|long|codebook] [--separator comma|semicolon]`:
/// streams a collecte's submitted responses (or its codebook) to a file, written under a temporary name and renamed
/// once complete. Exit 0 when written, 1 when the collecte is unknown.
/// </summary>
public sealed class ExportResponsesCommand(TextWriter output, TextWriter error, Func<IConfiguration> configuration) : ICliCommand
{
    public ExportResponsesCommand() : this(Console.Out, Console.Error, CliConfiguration.Load)
    {
    }

    public Command Build()
    {
        var collecte = new Option<string>("--collecte", "--session") { Description = "Code of the collecte", Required = true };
        var outPath = new Option<string>("--out") { Description = "File to write", Required = true };
        var format = new Option<string>("--format") { Description = "wide, long or codebook", DefaultValueFactory = _ => "wide" };
        format.AcceptOnlyFromAmong("wide", "long", "codebook");
        var separator = new Option<string>("--separator")
        {
            Description = "comma, or semicolon (with a UTF-8 BOM, for French Excel)",
            DefaultValueFactory = _ => "comma",
        };
        separator.AcceptOnlyFromAmong("comma", "semicolon");
        var command = new Command("export-responses", "Exporte les réponses d'une collecte (CSV large ou long) ou son codebook");
        foreach (var option in new Option[] { collecte, outPath, format, separator }) command.Options.Add(option);
        command.SetAction(async (ParseResult r, CancellationToken ct) => await RunAsync(
            r.GetValue(collecte)!, r.GetValue(outPath)!, Enum.Parse<ExportFormat>(r.GetValue(format)!, true),
            r.GetValue(separator) == "semicolon" ? ResponseCsvSeparator.SemicolonForExcel : ResponseCsvSeparator.Comma, ct));
        return command;
    }

    private async Task<int> RunAsync(string code, string path, ExportFormat format, ResponseCsvSeparator separator, CancellationToken ct)
    {
        await using var services = await ExchangeDatabase.OpenAsync(configuration(), ct);
        var db = services.GetRequiredService<DiagnosticDbContext>();
        if (await ExchangeDatabase.FindAsync(db, code, error, ct) is not { } collecte) return 1;
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = File.Create(temp))
            {
                await new ResponseExporter(db).ExportAsync(collecte, format, separator, stream, ct);
            }
            File.Move(temp, full, overwrite: true);
            await new AuditLog(db).RecordAsync(AuditActor.CommandLine, AuditActions.CollecteExported, AuditTarget.Collecte(collecte.Id),
                $"format {format.ToString().ToLowerInvariant()}", ct);
        }
        finally
        {
            File.Delete(temp);
        }
        await output.WriteLineAsync($"{format.ToString().ToLowerInvariant()} export of collecte '{code}' written to {full}");
        return 0;
    }
}
