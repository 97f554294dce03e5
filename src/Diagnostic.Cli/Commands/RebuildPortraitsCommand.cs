using System.CommandLine;
using Diagnostic.Core.Analysis;
using Diagnostic.Data;
using Diagnostic.Data.Portraits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic rebuild-portraits [--collecte C]`: recomputes the portrait accumulators kept in the database
/// (PortraitCells) from the stored answers, for one collecte or all. Pages rebuild them by themselves when they do
/// not count every answer; this is for after a manual change to the database. Prints one line per collecte; exit 0.
/// </summary>
public sealed class RebuildPortraitsCommand(TextWriter output, Func<IConfiguration> configuration) : ICliCommand
{
    public RebuildPortraitsCommand() : this(Console.Out, CliConfiguration.Load)
    {
    }

    public Command Build()
    {
        var code = new Option<string?>("--collecte") { Description = "Public code of one collecte (all when left out)" };
        var command = new Command("rebuild-portraits",
            "Recalcule à partir des réponses les sommes du portrait gardées dans la base, pour une collecte ou toutes");
        command.Options.Add(code);
        command.SetAction(async (ParseResult r, CancellationToken ct) => await RunAsync(r.GetValue(code), ct));
        return command;
    }

    private async Task<int> RunAsync(string? code, CancellationToken ct)
    {
        await using var services = await ExchangeDatabase.OpenAsync(configuration(), ct);
        var db = services.GetRequiredService<DiagnosticDbContext>();
        var options = services.GetRequiredService<IOptions<AnalysisOptions>>().Value;
        var collectes = await db.Collectes.AsNoTracking().Where(c => code == null || c.PublicCode == code)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.PublicCode }).ToListAsync(ct);
        if (code is not null && collectes.Count == 0)
        {
            await Console.Error.WriteLineAsync($"--collecte: no collecte has the code '{code}'");
            return 1;
        }
        foreach (var collecte in collectes)
        {
            var questionnaire = await CollecteQuestionnaire.LoadAsync(db, collecte.Id, ct);
            var rebuilt = await PortraitCells.RebuildAsync(db, questionnaire, options, ct);
            await output.WriteLineAsync($"{collecte.PublicCode}: {rebuilt.Portrait.ResponseCount} response(s), {rebuilt.Portrait.Cells.Count()} cell(s)");
        }
        return 0;
    }
}
