using System.Text;
using Diagnostic.Core.Analysis.Weighting;
using static Diagnostic.Core.Tests.Analysis.Weighting.WeightedPortraitBuilderTests;

namespace Diagnostic.Core.Tests.Analysis.Weighting;

public sealed class CensusReaderTests
{
    private static IReadOnlyList<string> Errors(string csv, IReadOnlySet<string>? known = null) =>
        CensusReader.ReadText(csv, "census.csv", Questionnaire, known).Errors.Select(e => e.ToString()).ToList();

    [Fact]
    public void Reads_semicolons_a_bom_quotes_and_decimal_populations()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("neighbourhood;age;population\n\"N1\";y;100.5\nN1;\"m\";300\n")).ToArray();

        var census = CensusReader.Read(bytes, "census.csv", Questionnaire).Census!;

        Assert.Equal("age", census.QuestionId);
        Assert.Equal(["y", "m", "o"], census.Codes);
        Assert.Equal([100.5, 300, null], census.Neighbourhoods["N1"].Populations);
        Assert.Equal(2, census.Neighbourhoods["N1"].FirstLine);
    }

    [Fact]
    public void Reports_every_bad_row_at_once_with_line_and_field()
    {
        var errors = Errors("neighbourhood,age,population\nN1,y,1\nN1,y,2\nN9,m,3\nN1,o\nALL,m,4\nN1,m,1e400\n", known: new HashSet<string> { "N1", "N2" });

        Assert.Equal(
        [
            "census.csv:3:1: duplicate row: neighbourhood 'N1' and code 'y' are already on line 2",
            "census.csv:4:1: unknown neighbourhood 'N9'",
            "census.csv:5:1: expected 3 fields (neighbourhood, code, population), found 2",
            "census.csv:6:1: unknown neighbourhood 'ALL'",
            "census.csv:7:3: population '1e400' is not a number (digits, '.' for decimals)",
        ], errors);
    }

    [Fact]
    public void Without_known_neighbourhoods_any_code_is_accepted()
    {
        Assert.Empty(Errors("neighbourhood,age,population\nN9,m,3\n"));
    }

    [Fact]
    public void Broken_quoting_is_refused_with_its_line()
    {
        var errors = Errors("neighbourhood,age,population\nN1,y,100\nN1,\"m,300\n");

        Assert.Contains(errors, e => e.StartsWith("census.csv:3:1: broken quoting"));
    }

    [Fact]
    public void A_neighbourhood_with_citizen_responses_needs_every_code()
    {
        var census = CensusOf("neighbourhood,age,population\nN1,y,1\nN1,o,2\n");

        var errors = CensusCoverage.Check(census, ["N1", "N2"]).Select(e => e.ToString());

        Assert.Equal(
        [
            "census.csv:2:2: neighbourhood 'N1' has no row for code 'm'",
            "census.csv:4:1: neighbourhood 'N2' has citizen responses but no census row (one row per code is needed)",
        ], errors);
    }

    [Fact]
    public void Builder_refuses_respondents_whose_only_cell_has_no_population()
    {
        var result = Weigh(Small, 3, CensusCsv.Replace("N2,m,500", "N2,m,0"));

        Assert.Null(result.Portrait);
        Assert.Equal("census.csv:5:3: neighbourhood 'N2' has 6 respondents but a census population of 0 for 'm': they cannot be weighted",
            Assert.Single(result.Errors).ToString());
    }
}
