using System.CommandLine;
using Diagnostic.Core.Analysis;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Retention;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic apply-retention [--dry-run]`: for every collecte past its retention date, archives its portrait and
/// deletes its raw answers (the daily job of the web app does the same). Prints one line per collecte; a collecte that
/// could not be purged is named on the error output and the exit code is 1 (the others are purged all the same).
/// </summary>
public sealed class ApplyRetentionCommand(TextWriter output, TextWriter error, Func<IConfiguration> configuration) : ICliCommand
{
    public ApplyRetentionCommand() : this(Console.Out, Console.Error, CliConfiguration.Load)
    {
    }

    public Command Build()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list the collectes past their retention date" };
        var command = new Command("apply-retention",
            "Supprime les réponses des collectes dont la date de conservation est passée, en gardant leur portrait");
        command.Options.Add(dryRun);
        command.SetAction(async (ParseResult r, CancellationToken ct) => await RunAsync(r.GetValue(dryRun), ct));
        return command;
    }

    private async Task<int> RunAsync(bool dryRun, CancellationToken ct)
    {
        var settings = configuration();
        await using var services = await ExchangeDatabase.OpenAsync(settings, ct);
        var db = services.GetRequiredService<DiagnosticDbContext>();
        var service = new RetentionService(db, TimeProvider.System);
        if (dryRun)
        {
            var due = await service.DueAsync(service.Today, ct);
            foreach (var code in due) await output.WriteLineAsync($"{code}: past its retention date");
            await output.WriteLineAsync($"{due.Count} collecte(s) past their retention date (dry run: nothing deleted)");
            return 0;
        }
        var run = await service.ApplyAsync(services.GetRequiredService<IOptions<AnalysisOptions>>().Value.MinCell, ct);
        foreach (var done in run.Done)
        {
            await new AuditLog(db).RecordAsync(AuditActor.CommandLine, AuditActions.CollectePurged, AuditTarget.Collecte(done.CollecteId),
                RetentionDetails.Of(done), ct);
            await output.WriteLineAsync(done.ArchiveId is { } archive
                ? $"{done.CollecteCode}: {done.DeletedResponses} response(s) deleted, portrait kept (archive {archive})"
                : $"{done.CollecteCode}: {done.DeletedResponses} draft(s) deleted, the portrait archived before is kept");
        }
        foreach (var failure in run.Failed)
            await error.WriteLineAsync($"{failure.CollecteCode}: not purged: {failure.Error.Message}");
        await output.WriteLineAsync($"{run.Done.Count} collecte(s) past their retention date");
        return run.Failed.Count == 0 ? 0 : 1;
    }
}
