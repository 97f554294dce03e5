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

    /// <summary>
    /// sud has 3 respondents (too few); est has 12 but is hidden as sud's complement, so it reads « masqué » with the
    /// portrait's own sentence for a complement, never « n &lt; 5 » (its n is not below 5).
    /// </summary>
    [Theory]
    [InlineData("sud", "n < 5", 0.25, 0.75, "Trop peu de personnes ont répondu ici (n < 5)")]
    [InlineData("est", "masqué", 0.2, 0.8, "Les résultats d'ici sont masqués pour qu'on ne puisse pas déduire, par soustraction, ceux de chaque quartier où trop peu de personnes ont répondu.")]
    public async Task Where_the_portrait_hides_respondents_only_the_population_is_compared(string code, string hidden, double young, double old, string why)
    {
        var reader = await SeededAsync();

        var page = await reader.GetAsync($"/portrait/test/quartier/{code}");

        var section = System.Net.WebUtility.HtmlDecode(Section(page.Html));
        Assert.Contains($"<tr><th scope=\"row\">14 à 34 ans</th><td>{hidden}</td><td>{hidden}</td><td>{Fr.Percent(young)}</td></tr>", section);
        Assert.Contains($"<tr><th scope=\"row\">35 ans et plus</th><td>{hidden}</td><td>{hidden}</td><td>{Fr.Percent(old)}</td></tr>", section);
        Assert.DoesNotContain("des répondants,", section);
        Assert.Contains(why, section);
        Assert.Contains($">{hidden}</text>", section); // the chart's missing bars say the same
        if (hidden != "n < 5") Assert.DoesNotContain("n < 5", section);
        Assert.Single(Regex.Matches(section, "fill=\"#0072B2\"")); // the legend's swatch only: no respondents bar
        Assert.DoesNotMatch(">(3|12|2|1)</td>", section);
    }

    /// <summary>
    /// The overview's age table takes the census imported for the collecte: over the three neighbourhoods the census
    /// counts 300 + 100 + 500 = 900 people aged 14 to 34 and 700 + 400 + 1 500 = 2 600 aged 35 and more, 3 500 in all.
    /// </summary>
    [Fact]
    public async Task The_overview_compares_ages_with_the_imported_census()
    {
        var reader = await SeededAsync();

        var page = await reader.GetAsync("/portrait/test");

        Assert.DoesNotContain("pas de données du recensement", page.Text);
        Assert.Contains("<th scope=\"col\">Part au recensement</th>", page.Html);
        // 14-34: 22 of 55 respondents (40 %) against 900 / 3 500 of the population.
        var rows = Regex.Replace(System.Net.WebUtility.HtmlDecode(page.Html), @">\s+<", "><");
        Assert.Contains($"<th scope=\"row\">14 à 34 ans</th><td>22</td><td>{Fr.Percent(0.4)}</td><td>{Fr.Percent(900.0 / 3500)}</td>", rows);
        Assert.Contains(Fr.Percent(2600.0 / 3500), page.Text);

        var english = await reader.GetAsync("/portrait/test?lang=en");
        Assert.Contains("Census share", english.Text);
        Assert.DoesNotContain("no census data", english.Text);
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
