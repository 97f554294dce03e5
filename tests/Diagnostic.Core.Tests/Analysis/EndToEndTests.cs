using System.Globalization;
using Diagnostic.Cli.Commands;

namespace Diagnostic.Core.Tests.Analysis;

/// <summary>
/// questionnaire.yaml + responses.csv → `diagnostic portrait` → compared cell by cell with expected-portrait.csv,
/// which Analysis/EndToEnd/reference.py computed independently with pandas, scipy and statsmodels
/// (/usr/bin/python3 reference.py, in that folder; it also generated responses.csv).
/// </summary>
public sealed class EndToEndTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Analysis", "EndToEnd");
    private readonly string _folder = Directory.CreateTempSubdirectory("portrait-e2e").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> Run(ICliCommandFactory factory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await factory(output, error).Build().Parse(args).InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    private delegate Diagnostic.Cli.ICliCommand ICliCommandFactory(TextWriter output, TextWriter error);

    private static Diagnostic.Cli.ICliCommand Portrait(TextWriter o, TextWriter e) => new PortraitCommand(o, e);

    private static string Q => Path.Combine(Data, "questionnaire.yaml");
    private static string R => Path.Combine(Data, "responses.csv");

    [Fact]
    public async Task Portrait_file_matches_the_independent_pandas_computation()
    {
        var outPath = Path.Combine(_folder, "portrait.csv");
        var (exit, _, err) = await Run(Portrait, "--questionnaire", Q, "--responses", R, "--out", outPath);

        Assert.Equal("", err);
        Assert.Equal(0, exit);
        var actual = File.ReadAllLines(outPath);
        var expected = File.ReadAllLines(Path.Combine(Data, "expected-portrait.csv"));
        Assert.Equal(expected[0], actual[0]);
        Assert.Equal(expected.Length, actual.Length);
        for (var line = 1; line < expected.Length; line++)
        {
            AssertSameRow(expected[line], actual[line], line);
        }
        Assert.Equal(["portrait.csv"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    private static void AssertSameRow(string expected, string actual, int line)
    {
        var e = expected.Split(',');
        var a = actual.Split(',');
        Assert.Equal(e.Length, a.Length);
        for (var i = 0; i < e.Length; i++)
        {
            var same = e[i] == a[i] || (double.TryParse(e[i], CultureInfo.InvariantCulture, out var x)
                && double.TryParse(a[i], CultureInfo.InvariantCulture, out var y)
                && Math.Abs(x - y) <= 1e-12 + 1e-8 * Math.Abs(x));
            Assert.True(same, $"line {line + 1}, column {i + 1}: expected '{e[i]}', got '{a[i]}'\n{expected}\n{actual}");
        }
    }

    [Fact]
    public async Task Portrait_json_has_one_object_per_row()
    {
        var outPath = Path.Combine(_folder, "portrait.json");
        var (exit, _, _) = await Run(Portrait, "--questionnaire", Q, "--responses", R, "--out", outPath, "--format", "json");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(outPath));
        Assert.Equal(File.ReadAllLines(Path.Combine(Data, "expected-portrait.csv")).Length - 1, json.RootElement.GetArrayLength());
        var first = json.RootElement[0];
        Assert.Equal("citizen", first.GetProperty("audience").GetString());
        Assert.Equal("choice", first.GetProperty("level").GetString());
        Assert.False(first.GetProperty("suppressed").GetBoolean());
    }

    [Fact]
    public async Task Invalid_responses_exit_with_1_list_every_error_and_write_no_file()
    {
        var bad = Path.Combine(_folder, "bad.csv");
        var lines = File.ReadAllLines(R);
        lines[2] = lines[2].Replace(",citizen,", ",citoyen,");
        File.WriteAllLines(bad, [.. lines, "r999,A,citizen,fr,,18-34,5,,,,,,,,"]);
        var outPath = Path.Combine(_folder, "portrait.csv");

        var (exit, stdout, err) = await Run(Portrait, "--questionnaire", Q, "--responses", bad, "--out", outPath);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("row 3, column audience: unknown audience 'citoyen'", err);
        Assert.Contains($"row {lines.Length + 1}, column fier: value '5' refused", err);
        Assert.Equal([bad], Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Invalid_questionnaire_reports_file_line_and_column()
    {
        var yaml = Path.Combine(_folder, "q.yaml");
        File.WriteAllText(yaml, File.ReadAllText(Q).Replace("scale: accord4\n        reverse", "scale: accord9\n        reverse"));
        var (exit, _, err) = await Run(Portrait, "--questionnaire", yaml, "--responses", R, "--out", Path.Combine(_folder, "p.csv"));
        Assert.Equal(1, exit);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(yaml)}:\d+:\d+: ", err);
        Assert.False(File.Exists(Path.Combine(_folder, "p.csv")));
    }

    [Fact]
    public async Task Json_without_out_goes_to_stdout()
    {
        var (exit, stdout, _) = await Run(Portrait, "--questionnaire", Q, "--responses", R, "--format", "json");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, json.RootElement.ValueKind);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task A_min_cell_below_one_is_refused_with_a_message_and_writes_nothing(string minCell)
    {
        var output = Path.Combine(_folder, "p.csv");
        var err = new StringWriter();
        var parsed = Portrait(TextWriter.Null, err).Build().Parse(["--questionnaire", Q, "--responses", R, "--min-cell", minCell, "--out", output]);
        var exit = await parsed.InvokeAsync(new System.CommandLine.InvocationConfiguration { Error = err, Output = TextWriter.Null });
        Assert.Equal(1, exit);
        Assert.Contains("--min-cell must be a whole number of at least 1", err.ToString());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Without_out_the_portrait_goes_to_stdout()
    {
        var (exit, stdout, _) = await Run(Portrait, "--questionnaire", Q, "--responses", R, "--min-cell", "1");
        Assert.Equal(0, exit);
        Assert.StartsWith("audience,neighbourhood,level,id,n,count,mean,sd,pct,ci_low,ci_high,score,alpha,diff,p,q,flag,suppressed\n", stdout);
        Assert.Contains("citizen,C,dimension,app,", stdout);
        Assert.DoesNotContain("citizen,C,dimension,app,,", stdout);
    }

    [Fact]
    public async Task Priorities_list_defi_and_weak_dimensions_per_neighbourhood()
    {
        var (exit, stdout, err) = await Run((o, e) => new PrioritiesCommand(o, e), "--questionnaire", Q, "--responses", R);
        Assert.Equal("", err);
        Assert.Equal(0, exit);
        // From expected-portrait.csv: citizen B scores app 42.27 < sec 54.00, neither flagged; C and D suppressed.
        Assert.Contains("citizen — B\n  1. app (Appartenance): score 42.271, diff -13.398, q 0.065, n 23\n  2. sec", stdout.ReplaceLineEndings("\n"));
        Assert.Contains("citizen — C\n  (no dimension shown: n < min_cell)", stdout.ReplaceLineEndings("\n"));
    }
}
