using System.Globalization;
using Diagnostic.Cli.Commands;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>
/// before.yaml + before.csv (version 1) and after.yaml + after.csv (version 2) → `diagnostic change` → compared
/// cell by cell with expected-change.csv, which Change/EndToEnd/reference.py computed independently from the raw
/// answers with pandas, scipy, statsmodels and mpmath (/usr/bin/python3 reference.py, in that folder; it also generated
/// the two response files). The reference covers changed, dropped and added questions, inherited and
/// complementary suppression from either collecte, and neighbourhoods or audiences present in one collecte only.
/// </summary>
public sealed class ChangeEndToEndTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Analysis", "Change", "EndToEnd");
    private readonly string _folder = Directory.CreateTempSubdirectory("change-e2e").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string InData(string name) => Path.Combine(Data, name);

    private static Dictionary<string, string[]> ByFigure(IEnumerable<string> lines) =>
        lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => string.Join(',', f[..4]));

    [Fact]
    public async Task Change_file_matches_the_independent_pandas_computation()
    {
        var outPath = Path.Combine(_folder, "change.csv");
        var error = new StringWriter();

        var exit = await new ChangeCommand(TextWriter.Null, error).Build().Parse([
            "--before-questionnaire", InData("before.yaml"), "--questionnaire", InData("after.yaml"),
            "--before", InData("before.csv"), "--after", InData("after.csv"), "--out", outPath]).InvokeAsync();

        Assert.Equal(("", 0), (error.ToString(), exit));
        var expectedLines = File.ReadAllLines(InData("expected-change.csv"));
        var actualLines = File.ReadAllLines(outPath);
        Assert.Equal(expectedLines[0], actualLines[0]);
        var expected = ByFigure(expectedLines);
        var actual = ByFigure(actualLines);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (figure, cells) in expected)
        {
            AssertSameRow(figure, cells, actual[figure]);
        }
    }

    // The reference takes the t quantile from mpmath; 1e-9 relative leaves room for the last digits of MathNet and numpy.
    private static void AssertSameRow(string figure, string[] expected, string[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 4; i < expected.Length; i++)
        {
            var same = expected[i] == actual[i]
                || (double.TryParse(expected[i], CultureInfo.InvariantCulture, out var x)
                    && double.TryParse(actual[i], CultureInfo.InvariantCulture, out var y)
                    && Math.Abs(x - y) <= 1e-12 + 1e-9 * Math.Abs(x));
            Assert.True(same, $"{figure}, column {i + 1}: expected '{expected[i]}', got '{actual[i]}'");
        }
    }
}
