using Diagnostic.Core.DataFiles;
using System.CommandLine;
using System.Text;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic portrait --weights census.csv`: the weighted portrait file (src/Diagnostic.Core/Analysis/README.md, "Weighted portrait").
/// The responses are streamed three times rather than held in memory: validated, for the unweighted portrait whose
/// suppression the weighted one inherits; for the neighbourhoods a census row may name; then for the weights. Any refusal goes to stderr with its line, exit code 1, and no file is written.
/// </summary>
internal static class WeightedPortraitRun
{
    public static async Task<int> RunAsync(
        PortraitInputOptions inputs, ParseResult r, string censusPath, bool json, string? outPath,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (json)
        {
            await error.WriteLineAsync("--weights writes the weighted portrait as CSV only (--format csv)");
            return 1;
        }
        var responsesPath = inputs.Responses(r);
        var loaded = await PortraitCommand.LoadAsync(inputs.Questionnaire(r), responsesPath, inputs.MinCell(r), error, ct);
        if (loaded is not var (questionnaire, portrait))
        {
            return 1;
        }
        if (!File.Exists(censusPath))
        {
            await error.WriteLineAsync($"{censusPath}: file not found");
            return 1;
        }
        var known = await Neighbourhoods(questionnaire, responsesPath, ct);
        var read = await CensusReader.ReadFileAsync(censusPath, questionnaire, known, ct);
        if (read.Census is not { } census)
        {
            return await Refuse(read.Errors, error);
        }
        var builder = new WeightedPortraitBuilder(questionnaire, census);
        await foreach (var response in ReadResponses(questionnaire, responsesPath, ct))
        {
            builder.Add(response);
        }
        var weighted = builder.Build(portrait);
        if (weighted.Portrait is null)
        {
            return await Refuse(weighted.Errors, error);
        }
        await WriteAsync(weighted.Portrait, outPath, output, ct);
        return 0;
    }

    private static async Task<int> Refuse(IReadOnlyList<DataFileError> errors, TextWriter error)
    {
        foreach (var problem in errors)
        {
            await error.WriteLineAsync(problem.ToString());
        }
        return 1;
    }

    // Without a territory file, the neighbourhoods a census row may name are those the responses come from.
    private static async Task<IReadOnlySet<string>> Neighbourhoods(Questionnaire questionnaire, string path, CancellationToken ct)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var response in ReadResponses(questionnaire, path, ct))
        {
            codes.Add(response.Neighbourhood);
        }
        return codes;
    }

    // Already validated by LoadAsync: any error here means the file changed in between.
    private static async IAsyncEnumerable<ResponseRecord> ReadResponses(
        Questionnaire questionnaire, string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var errors = new List<ResponseCsvError>();
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var shown = new ShownAnswers(questionnaire);
        await foreach (var response in new ResponseCsvReader(questionnaire).ReadAsync(stream, errors, ct))
        {
            yield return shown.LeaveOutNotShown(response);
        }
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{path} changed while it was read: {errors[0]}");
        }
    }

    private static async Task WriteAsync(WeightedPortrait portrait, string? path, TextWriter output, CancellationToken ct)
    {
        if (path is null)
        {
            await WeightedPortraitCsvWriter.WriteAsync(portrait, output, ct);
            return;
        }
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var writer = new StreamWriter(File.Create(temp), new UTF8Encoding(false)))
            {
                await WeightedPortraitCsvWriter.WriteAsync(portrait, writer, ct);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
