using System.CommandLine;
using System.Globalization;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Cli.Commands;

/// <summary>`diagnostic priorities`: the ranked candidate targets per audience and neighbourhood, as readable text.</summary>
public sealed class PrioritiesCommand(TextWriter output, TextWriter error) : ICliCommand
{
    public PrioritiesCommand() : this(Console.Out, Console.Error)
    {
    }

    public Command Build()
    {
        var inputs = new PortraitInputOptions();
        var command = new Command("priorities", "Liste les cibles prioritaires par public et par quartier");
        inputs.AddTo(command);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var loaded = await PortraitCommand.LoadAsync(inputs.Questionnaire(r), inputs.Responses(r), inputs.MinCell(r), error, ct);
            if (loaded is not var (questionnaire, portrait))
            {
                return 1;
            }
            await WriteAsync(PriorityTargets.Rank(portrait, questionnaire), questionnaire);
            return 0;
        });
        return command;
    }

    private async Task WriteAsync(IReadOnlyList<NeighbourhoodPriorities> units, Questionnaire questionnaire)
    {
        foreach (var unit in units)
        {
            await output.WriteLineAsync($"{unit.Audience.ToCode()} — {unit.Neighbourhood}");
            if (unit.Targets.Count == 0)
            {
                await output.WriteLineAsync("  (no dimension shown: n < min_cell)");
            }
            foreach (var t in unit.Targets)
            {
                var title = questionnaire.Sections.FirstOrDefault(s => s.Id == t.DimensionId)?.Title.Fr ?? t.DimensionId;
                var defi = t.IsDefi ? " [défi]" : "";
                await output.WriteLineAsync(
                    $"  {t.Rank}. {t.DimensionId} ({title}){defi}: score {F(t.Score)}, diff {F(t.Diff)}, q {F(t.Q)}, n {t.N}");
            }
            await output.WriteLineAsync();
        }
    }

    private static string F(double? value) => value switch
    {
        null => "—",
        < 0.001 and > -0.001 and not 0 => value.Value.ToString("0.###E+0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
