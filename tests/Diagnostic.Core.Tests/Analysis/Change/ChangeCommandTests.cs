using System.Text.Json;
using System.Text.RegularExpressions;
using Diagnostic.Cli.Commands;
using Diagnostic.Core.Analysis.Change;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>
/// `diagnostic change` on the end-to-end questionnaire, with its responses split into two collectes
/// (alternate responses before and after). The figures themselves are checked in the other Change tests;
/// here the command must write exactly what the library computes, or nothing at all.
/// </summary>
public sealed class ChangeCommandTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Analysis", "EndToEnd");
    private static readonly string Questionnaire = Path.Combine(Data, "questionnaire.yaml");
    private readonly string _folder = Directory.CreateTempSubdirectory("change-cli").FullName;
    private readonly string _before;
    private readonly string _after;

    public ChangeCommandTests()
    {
        var questionnaire = QuestionnaireReader.ReadFile(Questionnaire).Questionnaire!;
        using var all = File.OpenRead(Path.Combine(Data, "responses.csv"));
        var responses = new ResponseCsvReader(questionnaire).ReadAll(all).Responses;
        _before = Write(questionnaire, "before.csv", responses.Where((_, i) => i % 2 == 0));
        _after = Write(questionnaire, "after.csv", responses.Where((_, i) => i % 2 == 1));
    }

    private string Write(Questionnaire questionnaire, string name, IEnumerable<ResponseRecord> responses)
    {
        var path = Path.Combine(_folder, name);
        using var stream = File.Create(path);
        new ResponseCsvWriter(questionnaire).WriteAsync(responses, stream).GetAwaiter().GetResult();
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await new ChangeCommand(output, error).Build().Parse(args).InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<string> ExpectedCsv(int minCell)
    {
        var before = (await PortraitCommand.LoadAsync(Questionnaire, _before, minCell, TextWriter.Null, default))!.Value;
        var after = (await PortraitCommand.LoadAsync(Questionnaire, _after, minCell, TextWriter.Null, default))!.Value;
        return ChangeCsvWriter.ToCsv(ChangeBuilder.Build(before.Questionnaire, before.Portrait, after.Questionnaire, after.Portrait).Rows);
    }

    [Fact]
    public async Task Change_file_holds_the_bilan_of_the_two_sessions_and_nothing_else_is_left_behind()
    {
        var outPath = Path.Combine(_folder, "change.csv");

        var (exit, _, err) = await Run("--questionnaire", Questionnaire, "--before", _before, "--after", _after, "--out", outPath, "--min-cell", "3");

        Assert.Equal(("", 0), (err, exit));
        var csv = File.ReadAllText(outPath);
        Assert.Equal(await ExpectedCsv(3), csv);
        Assert.StartsWith(ChangeCsvWriter.Header + "\n", csv);
        Assert.Contains("\ncitizen,ALL,dimension,app,", csv);
        Assert.Equal(["after.csv", "before.csv", "change.csv"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Without_out_the_bilan_goes_to_stdout()
    {
        var (exit, stdout, _) = await Run("--questionnaire", Questionnaire, "--before", _before, "--after", _after);

        Assert.Equal(0, exit);
        Assert.Equal(await ExpectedCsv(5), stdout);
    }

    [Fact]
    public async Task Json_format_has_one_object_per_csv_row()
    {
        var outPath = Path.Combine(_folder, "change.json");

        var (exit, _, _) = await Run("--questionnaire", Questionnaire, "--before", _before, "--after", _after, "--out", outPath, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(outPath));
        Assert.Equal((await ExpectedCsv(5)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Invalid_responses_in_either_session_exit_with_1_with_row_and_column_and_write_no_file()
    {
        File.AppendAllText(_after, "r999,A,citizen,fr,,18-34,5,,,,,,,,\n");
        var outPath = Path.Combine(_folder, "change.csv");

        var (exit, stdout, err) = await Run("--questionnaire", Questionnaire, "--before", _before, "--after", _after, "--out", outPath);

        Assert.Equal((1, ""), (exit, stdout));
        Assert.Matches($@"{Regex.Escape(_after)}: row \d+, column fier: value '5' refused", err);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public async Task Collectes_of_different_questionnaires_are_refused_without_output()
    {
        var other = Path.Combine(_folder, "other.yaml");
        File.WriteAllText(other, File.ReadAllText(Questionnaire).Replace("id: e2e\n", "id: autre\n"));
        var outPath = Path.Combine(_folder, "change.csv");

        var (exit, _, err) = await Run("--questionnaire", Questionnaire, "--before-questionnaire", other,
            "--before", _before, "--after", _after, "--out", outPath);

        Assert.Equal(1, exit);
        Assert.Contains("a change between collectes of different questionnaires", err);
        Assert.False(File.Exists(outPath));
    }
}
