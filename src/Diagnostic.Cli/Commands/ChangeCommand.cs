using System.CommandLine;
using System.Text;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic change`: questionnaire + the response CSVs of two collectes → the bilan file (src/Diagnostic.Core/Analysis/README.md,
/// "Change between two sessions"). Same conventions as `portrait`: every error in any file goes to stderr with its
/// position, the exit code is 1 and no output file is written (temporary file renamed only once complete).
/// </summary>
public sealed class ChangeCommand(TextWriter output, TextWriter error) : ICliCommand
{
    private readonly Option<string> _questionnaire = new("--questionnaire") { Description = "Questionnaire YAML file (of the after collecte)", Required = true };
    private readonly Option<string?> _beforeQuestionnaire = new("--before-questionnaire")
    {
        Description = "Questionnaire YAML file of the before collecte, when its version differs (default: --questionnaire)",
    };
    private readonly Option<string> _before = new("--before") { Description = "Response CSV of the earlier collecte", Required = true };
    private readonly Option<string> _after = new("--after") { Description = "Response CSV of the later collecte", Required = true };
    private readonly Option<int> _minCell = MinCellOption.Create("Smallest n shown (small-cell suppression), the same for both portraits");
    private readonly Option<string?> _out = new("--out") { Description = "Change file to write (stdout when absent)" };
    private readonly Option<string> _format = new("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };

    public ChangeCommand() : this(Console.Out, Console.Error)
    {
    }

    public Command Build()
    {
        _format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("change", "Calcule le bilan (CSV ou JSON) entre deux collectes du même questionnaire");
        foreach (var option in new Option[] { _questionnaire, _beforeQuestionnaire, _before, _after, _minCell, _out, _format })
        {
            command.Options.Add(option);
        }

        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult r, CancellationToken ct)
    {
        var questionnaire = r.GetValue(_questionnaire)!;
        var minCell = r.GetValue(_minCell);
        // Both collectes are read even when the first fails, so one run lists every error.
        var before = await PortraitCommand.LoadAsync(r.GetValue(_beforeQuestionnaire) ?? questionnaire, r.GetValue(_before)!, minCell, error, ct);
        var after = await PortraitCommand.LoadAsync(questionnaire, r.GetValue(_after)!, minCell, error, ct);
        if (before is not { } b || after is not { } a)
        {
            return 1;
        }

        var report = ChangeBuilder.Build(b.Questionnaire, b.Portrait, a.Questionnaire, a.Portrait);
        if (report.Refusal is { } refusal)
        {
            await error.WriteLineAsync(refusal);
            return 1;
        }

        await WriteAsync(report.Rows, r.GetValue(_format) == "json", r.GetValue(_out), ct);
        return 0;
    }

    private async Task WriteAsync(IReadOnlyList<ChangeRow> rows, bool json, string? path, CancellationToken ct)
    {
        if (path is null)
        {
            await output.WriteAsync(json ? ChangeJsonWriter.ToJson(rows) : ChangeCsvWriter.ToCsv(rows));
            return;
        }

        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = File.Create(temp))
            {
                if (json)
                {
                    ChangeJsonWriter.Write(rows, stream);
                }
                else
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                    ChangeCsvWriter.Write(rows, writer);
                }
            }

            ct.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
