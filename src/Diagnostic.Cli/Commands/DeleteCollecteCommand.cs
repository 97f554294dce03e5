using System.CommandLine;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Retention;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic delete-collecte --collecte C --confirm C`: deletes a collecte and its responses. The code must be typed
/// twice, as on the web page, so a slip of the shell history cannot delete a collecte. Exit 1 when unknown or not confirmed.
/// </summary>
public sealed class DeleteCollecteCommand(TextWriter output, TextWriter error, Func<IConfiguration> configuration) : ICliCommand
{
    public DeleteCollecteCommand() : this(Console.Out, Console.Error, CliConfiguration.Load)
    {
    }

    public Command Build()
    {
        var collecte = new Option<string>("--collecte", "--session") { Description = "Code of the collecte", Required = true };
        var confirm = new Option<string>("--confirm") { Description = "The collecte's code again, to confirm", Required = true };
        var command = new Command("delete-collecte", "Supprime une collecte et toutes ses réponses");
        command.Aliases.Add("delete-session"); // the name of the first releases, kept for existing scripts
        command.Options.Add(collecte);
        command.Options.Add(confirm);
        command.SetAction(async (ParseResult r, CancellationToken ct) => await RunAsync(r.GetValue(collecte)!, r.GetValue(confirm)!, ct));
        return command;
    }

    private async Task<int> RunAsync(string code, string confirmation, CancellationToken ct)
    {
        if (confirmation != code)
        {
            await error.WriteLineAsync($"--confirm must repeat the collecte's code '{code}': nothing deleted");
            return 1;
        }
        await using var services = await ExchangeDatabase.OpenAsync(configuration(), ct);
        var db = services.GetRequiredService<DiagnosticDbContext>();
        if (await ExchangeDatabase.FindAsync(db, code, error, ct) is not { } collecte) return 1;
        var outcome = await new CollecteDeletion(db).DeleteAsync(collecte.Id, ct);
        if (!outcome.Deleted)
        {
            await error.WriteLineAsync($"collecte '{code}' is used by comité year(s) "
                + string.Join(", ", outcome.UsedBy.Select(y => $"{y.Comite} {y.Year}"))
                + ": nothing deleted (its answers may go through retention, which archives the portrait)");
            return 1;
        }
        var responses = outcome.Responses;
        await new AuditLog(db).RecordAsync(AuditActor.CommandLine, AuditActions.CollecteDeleted, AuditTarget.Collecte(collecte.Id),
            $"{responses} responses deleted", ct);
        await output.WriteLineAsync($"collecte '{code}' deleted with its {responses} response(s)");
        return 0;
    }
}
