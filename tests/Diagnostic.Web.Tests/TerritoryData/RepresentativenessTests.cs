using System.Text.RegularExpressions;
using Diagnostic.Core.Formatting;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organizer;
using Diagnostic.Web.Tests.Portraits;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>
/// Respondents by age band against the census in each neighbourhood: nord (20 + 20 respondents, census 300 + 700)
/// has its gaps spelled out; sud (3) and est (hidden as sud's complement) show the population only.
/// </summary>
public sealed class RepresentativenessTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private static readonly NumberText Fr = NumberText.For("fr");

    private Task<Respondent> SeededAsync() => CensusData.SeededWithCensusAsync(factory);

    [Fact]
    public async Task A_neighbourhood_page_spells_out_the_gap_between_respondents_and_population()
    {
        var reader = await SeededAsync();

        var nord = await reader.GetAsync("/portrait/test/quartier/nord");

        Assert.Contains($"Les 14 à 34 ans forment {Fr.Percent(0.5)} des répondants, {Fr.Percent(0.3)} de la population.", nord.Text);
        Assert.Contains($"Les 35 ans et plus forment {Fr.Percent(0.5)} des répondants, {Fr.Percent(0.7)} de la population.", nord.Text);
        Assert.Contains($"<tr><th scope=\"row\">14 à 34 ans</th><td>20</td><td>{Fr.Percent(0.5)}</td><td>{Fr.Percent(0.3)}</td></tr>", nord.Text);
        // The chart: a respondents bar and a population bar per band, besides the legend's two swatches.
        Assert.Equal(3, Regex.Matches(Section(nord.Html), "fill=\"#0072B2\"").Count);
        Assert.Equal(3, Regex.Matches(Section(nord.Html), "fill=\"#E69F00\"").Count);
    }

    [Theory]
    [InlineData("sud", "n < 5", 0.25, 0.75)]
    [InlineData("est", "n < 5", 0.2, 0.8)]
    public async Task Where_the_portrait_hides_respondents_only_the_population_is_compared(string code, string hidden, double young, double old)
    {
        var reader = await SeededAsync();

        var page = await reader.GetAsync($"/portrait/test/quartier/{code}");

        var section = System.Net.WebUtility.HtmlDecode(Section(page.Html));
        Assert.Contains($"<tr><th scope=\"row\">14 à 34 ans</th><td>{hidden}</td><td>{hidden}</td><td>{Fr.Percent(young)}</td></tr>", section);
        Assert.Contains($"<tr><th scope=\"row\">35 ans et plus</th><td>{hidden}</td><td>{hidden}</td><td>{Fr.Percent(old)}</td></tr>", section);
        Assert.DoesNotContain("des répondants,", section);
        Assert.Single(Regex.Matches(section, "fill=\"#0072B2\"")); // the legend's swatch only: no respondents bar
        Assert.DoesNotMatch(">(3|12|2|1)</td>", section);
    }

    [Fact]
    public async Task Without_a_census_no_comparison_is_shown()
    {
        using var fresh = new DiagnosticWebFactory();
        await PortraitData.SeedAsync(fresh);

        var page = await new Respondent(fresh.NewClient()).GetAsync("/portrait/test/quartier/nord");

        Assert.DoesNotContain("class=\"representativeness\"", page.Html);
    }

    private static string Section(string html)
    {
        var start = html.IndexOf("<section class=\"representativeness\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no representativeness section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
