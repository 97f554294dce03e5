using System.CommandLine;
using System.Text;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic portrait`: questionnaire + response CSV → portrait file (src/Diagnostic.Core/Analysis/README.md). Any error in either
/// file goes to stderr with its position, the exit code is 1 and no output file is written (the file is written
/// to a temporary name next to it and renamed only once complete).
/// </summary>
public sealed class PortraitCommand(TextWriter output, TextWriter error) : ICliCommand
{
    public PortraitCommand() : this(Console.Out, Console.Error)
    {
    }

    public Command Build()
    {
        var inputs = new PortraitInputOptions();
        var outPath = new Option<string?>("--out") { Description = "Portrait file to write (stdout when absent)" };
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var weights = new Option<string?>("--weights") { Description = "Census CSV: writes the weighted portrait of the citizen responses instead" };
        var command = new Command("portrait", "Calcule le portrait (CSV ou JSON) d'un fichier de réponses");
        inputs.AddTo(command);
        command.Options.Add(outPath);
        command.Options.Add(format);
        command.Options.Add(weights);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            if (r.GetValue(weights) is { } census)
            {
                return await WeightedPortraitRun.RunAsync(inputs, r, census, r.GetValue(format) == "json", r.GetValue(outPath), output, error, ct);
            }
            var loaded = await LoadAsync(inputs.Questionnaire(r), inputs.Responses(r), inputs.MinCell(r), error, ct);
            if (loaded is null)
            {
                return 1;
            }
            await WriteAsync(loaded.Value.Portrait, r.GetValue(format) == "json", r.GetValue(outPath), ct);
            return 0;
        });
        return command;
    }

    /// <summary>Reads and validates both files and builds the portrait in one pass; null (errors on stderr) when either is invalid.</summary>
    internal static async Task<(Questionnaire Questionnaire, Portrait Portrait)?> LoadAsync(
        string questionnairePath, string responsesPath, int minCell, TextWriter error, CancellationToken ct)
    {
        foreach (var path in new[] { questionnairePath, responsesPath }.Where(p => !File.Exists(p)))
        {
            await error.WriteLineAsync($"{path}: file not found");
            return null;
        }
        var read = QuestionnaireReader.ReadFile(questionnairePath);
        foreach (var problem in read.Errors)
        {
            await error.WriteLineAsync(problem.ToString());
        }
        if (read.Questionnaire is not { } questionnaire)
        {
            return null;
        }
        var portrait = await BuildAsync(questionnaire, responsesPath, minCell, error, ct);
        return portrait is null ? null : (questionnaire, portrait);
    }

    // One pass: records go to the builder while the file is validated; any error discards the portrait,
    // but reading goes on so that every error of the file is reported at once (records yielded are each valid,
    // so adding them after an error is wasted work, never a wrong figure).
    private static async Task<Portrait?> BuildAsync(
        Questionnaire questionnaire, string responsesPath, int minCell, TextWriter error, CancellationToken ct)
    {
        var builder = new PortraitBuilder(questionnaire, new AnalysisOptions { MinCell = minCell });
        var errors = new List<ResponseCsvError>();
        await using (var stream = new FileStream(responsesPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            // Reading and validating on one thread, accumulating on another (issue 16); the errors list is
            // written by the reading thread only and read here once both are done.
            var shown = new ShownAnswers(questionnaire);
            await RecordPipeline.ForEachAsync(new ResponseCsvReader(questionnaire).Read(stream, errors).Select(shown.LeaveOutNotShown), builder.Add, ct);
        }
        foreach (var problem in errors)
        {
            await error.WriteLineAsync($"{responsesPath}: {problem}");
        }
        return errors.Count > 0 ? null : builder.Build();
    }

    private async Task WriteAsync(Portrait portrait, bool json, string? path, CancellationToken ct)
    {
        if (path is null)
        {
            if (json)
            {
                await output.WriteAsync(PortraitJsonWriter.ToJson(portrait));
            }
            else
            {
                await PortraitCsvWriter.WriteAsync(portrait, output, ct);
            }
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
                    await PortraitJsonWriter.WriteAsync(portrait, stream, ct);
                }
                else
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                    await PortraitCsvWriter.WriteAsync(portrait, writer, ct);
                }
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
