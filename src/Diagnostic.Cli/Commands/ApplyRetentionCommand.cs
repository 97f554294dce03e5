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
/// deletes its raw answers (the daily job of the web app does the same). Prints one line per collecte; exit 0.
/// </summary>
public sealed class ApplyRetentionCommand(TextWriter output, Func<IConfiguration> configuration) : ICliCommand
{
    public ApplyRetentionCommand() : this(Console.Out, CliConfiguration.Load)
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
            var due = await service.DueAsync(DateOnly.FromDateTime(DateTime.UtcNow), ct);
            foreach (var code in due) await output.WriteLineAsync($"{code}: past its retention date");
            await output.WriteLineAsync($"{due.Count} collecte(s) past their retention date (dry run: nothing deleted)");
            return 0;
        }
        var outcomes = await service.ApplyAsync(services.GetRequiredService<IOptions<AnalysisOptions>>().Value.MinCell, ct);
        foreach (var done in outcomes)
        {
            await new AuditLog(db).RecordAsync(AuditActor.CommandLine, AuditActions.CollectePurged, AuditTarget.Collecte(done.CollecteId),
                $"{done.DeletedResponses} responses deleted, portrait archive {done.ArchiveId}", ct);
            await output.WriteLineAsync($"{done.CollecteCode}: {done.DeletedResponses} response(s) deleted, portrait kept (archive {done.ArchiveId})");
        }
        await output.WriteLineAsync($"{outcomes.Count} collecte(s) past their retention date");
        return 0;
    }
}
