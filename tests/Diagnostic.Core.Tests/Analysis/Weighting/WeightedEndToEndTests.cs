using System.Globalization;
using System.Text;
using Diagnostic.Cli.Commands;

namespace Diagnostic.Core.Tests.Analysis.Weighting;

/// <summary>
/// questionnaire.yaml + responses.csv + census.csv → `diagnostic portrait --weights` → compared cell by cell with
/// expected-weighted.csv, which Weighting/EndToEnd/reference.R computed independently with R's survey package
/// (svydesign(ids = ~1, strata = ~neighbourhood), postStratify on neighbourhood × cell,
/// svymean(~y, na.rm = TRUE, deff = "replace")); it also generated responses.csv and census.csv. The data set has
/// five neighbourhoods: A with a collapsed cell (15-24|25-44), B with a code nobody lives in (dropped) and figures
/// hidden by the cell rule, C with a single cell, D below min_cell and E hidden by complementary suppression;
/// a few partner responses that must be left out; choices (multiple and single), scales, a number and a score.
/// </summary>
public sealed class WeightedEndToEndTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Analysis", "Weighting", "EndToEnd");
    private readonly string _folder = Directory.CreateTempSubdirectory("weighted-e2e").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Q => Path.Combine(Data, "questionnaire.yaml");
    private static string R => Path.Combine(Data, "responses.csv");
    private static string Census => Path.Combine(Data, "census.csv");

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await new PortraitCommand(output, error).Build().Parse(args).InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Weighted_portrait_file_matches_R_survey_figure_by_figure()
    {
        var outPath = Path.Combine(_folder, "weighted.csv");

        var (exit, _, err) = await Run("--questionnaire", Q, "--responses", R, "--weights", Census, "--out", outPath);

        Assert.Equal(("", 0), (err, exit));
        var actual = File.ReadAllLines(outPath);
        var expected = File.ReadAllLines(Path.Combine(Data, "expected-weighted.csv"));
        Assert.Equal(expected[0], actual[0]);
        Assert.Equal(expected.Length, actual.Length);
        for (var line = 1; line < expected.Length; line++)
        {
            AssertSameRow(expected[line], actual[line], line);
        }
        Assert.DoesNotContain(actual, l => l.StartsWith("partner,"));
        Assert.DoesNotContain(actual, l => l.Contains(",age:"));
        Assert.Equal(["weighted.csv"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Without_out_the_weighted_portrait_goes_to_stdout()
    {
        var (exit, stdout, _) = await Run("--questionnaire", Q, "--responses", R, "--weights", Census);

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllLines(Path.Combine(Data, "expected-weighted.csv")).Length, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("audience,neighbourhood,level,id,n,population,weight,estimate,ci_low,ci_high,deff,n_eff,suppressed\n", stdout);
    }

    [Fact]
    public async Task Min_cell_of_the_command_line_applies_to_cells_and_rows()
    {
        var (exit, stdout, _) = await Run("--questionnaire", Q, "--responses", R, "--weights", Census, "--min-cell", "3");

        Assert.Equal(0, exit);
        // With min_cell 3, A's 15-24 (2 respondents) is still merged, D (3 respondents) is shown in one cell.
        Assert.Contains("\ncitizen,A,weight,15-24|25-44,10,3000,300,,,,,,false\n", stdout);
        Assert.Contains("\ncitizen,D,weight,15-24|25-44|45-64|65+,3,1800,600,,,,,,false\n", stdout);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "neighbourhood,age,population\nA,15-24,900\nZ,15-24,10\n", "census.csv:3:1: unknown neighbourhood 'Z'" },
        { "neighbourhood,age,population\nA,15-24,900\nA,70+,10\n", "census.csv:3:2: unknown code '70+'" },
        { "neighbourhood,age,population\nA,15-24,900\nA,15-24,10\n", "census.csv:3:1: duplicate row: neighbourhood 'A' and code '15-24' are already on line 2" },
        { "neighbourhood,age,population\nA,15-24,\n", "census.csv:2:3: missing population" },
        { "neighbourhood,age,population\nA,15-24,-4\n", "census.csv:2:3: population -4 is negative" },
        { "neighbourhood,age,population\nA,15-24,beaucoup\n", "census.csv:2:3: population 'beaucoup' is not a number" },
        { "neighbourhood,lieux,population\nA,parc,900\n", "census.csv:1:2: question 'lieux' cannot weight: it must be a single-choice question of a profile section" },
        { "neighbourhood,fier,population\nA,1,900\n", "census.csv:1:2: question 'fier' cannot weight" },
        { "neighbourhood,inconnue,population\nA,1,900\n", "census.csv:1:2: the questionnaire has no question 'inconnue'" },
        { "quartier,age,population\nA,15-24,900\n", "census.csv:1:1: the header must be neighbourhood,<question id>,population" },
        { "", "census.csv:1:1: the file is empty" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Bad_census_is_refused_with_its_line_and_nothing_is_written(string census, string message)
    {
        var (exit, err) = await RunWith(Encoding.UTF8.GetBytes(census));

        Assert.Equal(1, exit);
        Assert.Contains(message, err);
        Assert.Equal(["census.csv", "responses.csv"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Census_missing_a_code_of_a_responding_neighbourhood_is_refused()
    {
        var lines = File.ReadAllLines(Census).Where(l => l != "C,45-64,700").Where(l => !l.StartsWith("E,"));

        var (exit, err) = await RunWith(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

        Assert.Equal(1, exit);
        Assert.Contains("census.csv:10:2: neighbourhood 'C' has no row for code '45-64'", err);
        Assert.Contains("neighbourhood 'E' has citizen responses but no census row", err);
    }

    [Fact]
    public async Task Census_giving_no_population_to_a_neighbourhood_with_respondents_is_refused()
    {
        var lines = File.ReadAllLines(Census).Select(l => l.StartsWith("C,") ? l[..(l.LastIndexOf(',') + 1)] + "0" : l);

        var (exit, err) = await RunWith(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

        Assert.Equal(1, exit);
        Assert.Contains("census.csv:10:3: neighbourhood 'C' has 9 respondents but a census population of 0", err);
    }

    [Fact]
    public async Task Census_not_in_utf8_is_refused()
    {
        var latin1 = Encoding.Latin1.GetBytes(File.ReadAllText(Census).Replace("A,15-24,900", "A,15-24,900 é"));

        var (exit, err) = await RunWith(latin1);

        Assert.Equal(1, exit);
        Assert.Contains("census.csv:2:3: the file is not valid UTF-8", err);
    }

    [Fact]
    public async Task Json_format_is_refused_with_weights()
    {
        var (exit, _, err) = await Run("--questionnaire", Q, "--responses", R, "--weights", Census, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Contains("CSV only", err);
    }

    private async Task<(int Exit, string Err)> RunWith(byte[] census)
    {
        var censusPath = Path.Combine(_folder, "census.csv");
        await File.WriteAllBytesAsync(censusPath, census);
        var responses = Path.Combine(_folder, "responses.csv");
        File.Copy(R, responses, overwrite: true);
        var (exit, stdout, err) = await Run("--questionnaire", Q, "--responses", responses, "--weights", censusPath,
            "--out", Path.Combine(_folder, "weighted.csv"));
        Assert.Equal("", stdout);
        return (exit, err.Replace(censusPath, "census.csv"));
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
}
