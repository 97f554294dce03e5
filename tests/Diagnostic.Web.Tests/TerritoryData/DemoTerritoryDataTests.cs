using System.Text.RegularExpressions;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>The demo territory as a newcomer sees it: its map on the overview and in print, indicators and representativeness on every secteur page, the weighted switch.</summary>
public sealed class DemoTerritoryDataTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task The_demo_map_draws_every_secteur_on_the_overview_and_in_print()
    {
        var reader = new Respondent(factory.NewClient());

        var overview = await reader.GetAsync("/portrait/demo");
        var print = await reader.GetAsync("/portrait/demo/imprimer");
        var svg = await reader.Client.GetStringAsync("/portrait/demo/carte.svg?carte=indicateur:Faible revenu (MFR après impôt)");

        foreach (var html in new[] { overview.Html, print.Html })
        {
            Assert.Contains("id=\"carte\"", html);
            // The territory's own word (« secteur »), not « quartier ».
            Assert.Contains("<h2 id=\"map-title\">Carte par secteur</h2>", html);
            Assert.Contains("<th scope=\"col\">Secteur</th>", html);
            Assert.DoesNotContain("Les quartiers hachurés", html);
            foreach (var (code, _, _) in DemoTerritory.Neighbourhoods)
                Assert.Matches($"<path data-code=\"{code}\" fill=\"(#[0-9a-f]{{6}}|url\\(#hatch-hidden\\))\"", html);
        }
        // Indicators are never hidden: every secteur takes a class colour, the lowest (8.9) the palest, the highest (24.7) the darkest.
        Assert.Contains("<path data-code=\"lac-a-la-tortue\" fill=\"#eff3ff\"", svg);
        Assert.Contains("<path data-code=\"saint-marc\" fill=\"#08519c\"", svg);
        Assert.Contains($">24,7{Diagnostic.Core.Formatting.NumberText.French.PercentSpace}%</text>", svg);
    }

    /// <summary>The demo map also downloads as PNG (the overview links it), and the overview's age table compares with the demo census.</summary>
    [Fact]
    public async Task The_demo_map_downloads_as_png_and_the_overview_compares_ages_with_the_census()
    {
        var reader = new Respondent(factory.NewClient());

        var overview = await reader.GetAsync("/portrait/demo");
        var link = Regex.Match(overview.Html, "href=\"(/portrait/demo/carte\\.png\\?[^\"]+)\"").Groups[1].Value;
        var png = await reader.Client.GetByteArrayAsync(System.Net.WebUtility.HtmlDecode(link));

        Assert.NotEmpty(link);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(1280, bitmap.Width);
        Assert.Contains("Part au recensement", overview.Text);
        Assert.DoesNotContain("pas de données du recensement", overview.Text);
    }

    [Fact]
    public async Task Every_secteur_page_shows_its_indicators_and_who_answered_against_the_census()
    {
        var reader = new Respondent(factory.NewClient());
        foreach (var (code, name, _) in DemoTerritory.Neighbourhoods)
        {
            var page = await reader.GetAsync($"/portrait/demo/quartier/{code}");
            Assert.Contains($"Indicateurs de {name} et de Ville de Shawinigan", page.Text);
            Assert.Contains("Qui a répondu, comparé à la population", page.Text);
            Assert.Contains("Répondants et population selon « Quel âge avez-vous? »", page.Text);
        }
    }

    [Fact]
    public async Task The_demo_weighted_switch_gives_weighted_scores()
    {
        var reader = new Respondent(factory.NewClient());
        var code = DemoTerritory.Neighbourhoods.MaxBy(n => n.Population).Code;

        var page = await reader.GetAsync($"/portrait/demo/quartier/{code}?pondere=1");

        Assert.Contains("id=\"weighted-scores\"", page.Html);
        Assert.DoesNotContain("weighted-refused", page.Html);
        Assert.Matches(new Regex("<td>\\d+ \\(\\d+ à \\d+\\)</td>"), page.Text);
    }
}
