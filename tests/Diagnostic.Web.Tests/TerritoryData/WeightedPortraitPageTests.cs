using System.Text.RegularExpressions;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.Formatting;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organizer;
using Diagnostic.Web.Tests.Portraits;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>
/// The switch « pondéré selon le recensement » on the public portrait of nord (40 respondents, 20 per age band),
/// est (12, hidden as the complement of sud) and sud (3): off by default, Core's weighted figures when on, and never
/// a figure the unweighted portrait hides.
/// </summary>
public sealed class WeightedPortraitPageTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private Task<Respondent> SeededAsync() => CensusData.SeededWithCensusAsync(factory);

    [Fact]
    public async Task The_switch_is_off_by_default_and_says_what_weighting_does()
    {
        var reader = await SeededAsync();

        var page = await reader.GetAsync("/portrait/test/quartier/nord");

        Assert.Contains("Pondéré selon le recensement", page.Text);
        Assert.Contains("La pondération redonne à chaque groupe de répondants (selon « Quel âge avez-vous? »)", page.Text);
        Assert.DoesNotMatch("id=\"pondere\"[^>]*checked", page.Html);
        Assert.DoesNotContain("weighted-scores", page.Html);
    }

    [Fact]
    public async Task Switched_on_a_neighbourhood_shows_core_weights_and_weighted_score()
    {
        var reader = await SeededAsync();
        var expected = Expected("nord", WeightedLevel.Dimension, "vie");

        var page = await reader.GetAsync("/portrait/test/quartier/nord?pondere=1");

        Assert.Matches("id=\"pondere\"[^>]*checked", page.Html);
        // 20 respondents in each band: weights 300/20 and 700/20.
        Assert.Matches("<th scope=\"row\">14 à 34 ans</th><td>20</td><td>300</td><td>15,00</td>", page.Text);
        Assert.Matches("<th scope=\"row\">35 ans et plus</th><td>20</td><td>700</td><td>35,00</td>", page.Text);
        var fr = NumberText.For("fr");
        var interval = $"{fr.Number(expected.Estimate!.Value)} ({fr.Number(expected.CiLow!.Value)} à {fr.Number(expected.CiHigh!.Value)})";
        Assert.Contains($"<td>{interval}</td>", page.Text);
    }

    [Theory]
    [InlineData("sud")]
    [InlineData("est")]
    public async Task A_neighbourhood_the_portrait_hides_shows_no_weighted_figure(string code)
    {
        var reader = await SeededAsync();

        var page = await reader.GetAsync($"/portrait/test/quartier/{code}?pondere=1");

        Assert.Contains("id=\"weighted-hidden\"", page.Html);
        Assert.DoesNotContain("weight-cells", page.Html);
        Assert.DoesNotContain("weighted-scores", page.Html);
    }

    [Fact]
    public async Task Read_beside_the_portrait_no_weighted_figure_stands_where_the_portrait_hides_one()
    {
        var reader = await SeededAsync();
        var shown = 0;
        foreach (var path in new[] { "/portrait/test?pondere=1", "/portrait/test/quartier/nord?pondere=1", "/portrait/test/quartier/est?pondere=1", "/portrait/test/quartier/sud?pondere=1" })
        {
            var page = await reader.GetAsync(path);
            foreach (Match row in Regex.Matches(page.Text, "<tr><th scope=\"row\">[^<]*</th><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>"))
            {
                var (unweighted, weighted) = (row.Groups[1].Value, row.Groups[2].Value);
                if (!row.Value.Contains("n < 5") && char.IsDigit(unweighted.FirstOrDefault())) { shown++; continue; }
                Assert.False(weighted.Any(char.IsDigit) && !weighted.StartsWith("n < ", StringComparison.Ordinal),
                    $"{path}: weighted « {weighted} » where the portrait shows « {unweighted} »");
            }
        }
        Assert.True(shown >= 2, "the weighted tables were not read");
    }

    /// <summary>
    /// A census that reads well but gives nord a population of 0 in both bands cannot weight its 40 respondents (its cells
    /// merge into one of population 0): the switch
    /// says why in the reader's language, from Core's problem kind, and shows no weighted figure.
    /// </summary>
    [Fact]
    public async Task A_census_that_cannot_weight_the_answers_says_why_in_french_and_in_english()
    {
        using var fresh = new DiagnosticWebFactory();
        await PortraitData.SeedAsync(fresh);
        var organizer = await fresh.OrganizerAsync();
        await CensusData.ImportAsync(organizer.Browser(), "/admin/collectes/test/recensement", CensusData.Valid.Replace("nord,14-34,300", "nord,14-34,0", StringComparison.Ordinal).Replace("nord,35+,700", "nord,35+,0", StringComparison.Ordinal));
        var reader = new Respondent(fresh.NewClient());

        var french = await reader.GetAsync("/portrait/test/quartier/nord?pondere=1");
        var english = await reader.GetAsync("/portrait/test/quartier/nord?pondere=1&lang=en");

        Assert.Contains("Le recensement importé ne permet pas de pondérer ces réponses : Le quartier « nord » a 40 répondant(s) dans le groupe « 14-34|35+ », dont la population au recensement est 0 : on ne peut pas les pondérer.", french.Text);
        Assert.Contains("Neighbourhood “nord” has 40 respondent(s) in group “14-34|35+”, whose census population is 0: they cannot be weighted.", english.Text);
        Assert.DoesNotContain("weighted-scores", french.Html);
    }

    /// <summary>Core's weighted row for the same answers and census, computed here independently of the page.</summary>
    private static WeightedPortraitRow Expected(string neighbourhood, WeightedLevel level, string id)
    {
        var portrait = new PortraitBuilder(PortraitData.Questionnaire, new AnalysisOptions());
        foreach (var record in PortraitData.Records()) portrait.Add(record);
        var census = CensusReader.ReadText(CensusData.Valid, "census.csv", PortraitData.Questionnaire).Census!;
        var weighted = new WeightedPortraitBuilder(PortraitData.Questionnaire, census);
        foreach (var record in PortraitData.Records()) weighted.Add(record);
        return weighted.Build(portrait.Build()).Portrait!.Rows.Single(r => r.Neighbourhood == neighbourhood && r.Level == level && r.Id == id);
    }
}
