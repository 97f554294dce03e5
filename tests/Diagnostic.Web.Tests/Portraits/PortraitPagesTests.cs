using System.Net;
using Diagnostic.Core.Analysis;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Portraits;

public sealed partial class PortraitPagesTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private const string Nbsp = "\u00A0";

    private async Task<Respondent.Page> GetAsync(string path)
    {
        await PortraitData.SeedAsync(factory);
        return await new Respondent(factory.NewClient()).GetAsync(path);
    }

    [Fact]
    public async Task The_neighbourhood_portrait_shows_its_score_with_n_in_french()
    {
        var page = await GetAsync("/portrait/test/quartier/nord");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<html lang=\"fr\">", page.Html);
        Assert.Contains($"n{Nbsp}={Nbsp}40", page.Text);
        // fier: 20 × 3 and 20 × 4, mean 3.5 on 1–4: 100 × 2.5 / 3 = 83.333… (by hand).
        Assert.Contains("83,3", page.Text);
        Assert.Contains("Ensemble du territoire", page.Text);
        Assert.Contains("graphiques/scores.svg?lang=fr&amp;quartier=nord&amp;largeur=360", page.Html);
        Assert.Contains("<table>", page.Html);
        Assert.Contains("graphiques/scores.png?lang=fr&amp;quartier=nord", page.Html);
    }

    [Fact]
    public async Task The_neighbourhood_portrait_is_in_english_with_english_numbers()
    {
        var page = await GetAsync("/portrait/test/quartier/nord?lang=en");

        Assert.Contains("<html lang=\"en\">", page.Html);
        Assert.Contains("83.3", page.Text);
        Assert.DoesNotContain("83,3", page.Text);
        Assert.Contains("Whole territory", page.Text);
        Assert.Contains("Strengths and challenges", page.Text);
    }

    [Fact]
    public async Task A_neighbourhood_below_min_cell_reads_n_below_5_and_shows_no_figure()
    {
        var page = await GetAsync("/portrait/test/quartier/sud");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"Répondants{Nbsp}:</strong> n < 5", page.Text);
        Assert.Contains("Trop peu de personnes ont répondu ici", page.Text);
        Assert.DoesNotContain("<svg", page.Html);
    }

    [Fact]
    public async Task The_complement_of_a_hidden_neighbourhood_says_why_its_figures_are_hidden_too()
    {
        // est (n = 12 for its dimension row: 6 answers, 6 NSP) is the smallest shown neighbourhood, hidden with sud.
        var page = await GetAsync("/portrait/test/quartier/est");

        Assert.Contains("pour qu'on ne puisse pas déduire", page.Text);
        Assert.DoesNotContain("/graphiques/", page.Html);
    }

    [Fact]
    public async Task The_hidden_score_is_in_no_page_no_chart_and_no_file()
    {
        await PortraitData.SeedAsync(factory);
        var client = factory.NewClient();
        var texts = new List<string>();
        foreach (var path in new[] { "/portrait/test", "/portrait/test/imprimer", "/portrait/test/imprimer?lang=en", "/portrait/test/portrait.csv" })
        {
            var html = await client.GetStringAsync(path);
            texts.Add(WebUtility.HtmlDecode(Tags().Replace(html, " ")));
            // The drawings the page loads, at every width it offers.
            foreach (System.Text.RegularExpressions.Match chart in ChartAddress().Matches(html))
                texts.Add(WebUtility.HtmlDecode(Tags().Replace(await client.GetStringAsync(WebUtility.HtmlDecode(chart.Groups[1].Value)), " ")));
        }
        Assert.True(texts.Count > 10, $"{texts.Count} pages and drawings read");

        // Tags and attributes (SVG coordinates) are left out; the text of pages and charts stays.
        // sud's score would be 100 × (4/3 − 1) / 3 = 11.111… and est's (fier 2 six times) 33.333…; its mean code 1.333… or 2.
        foreach (var text in texts)
        {
            Assert.DoesNotContain("11,1", text);
            Assert.DoesNotContain("11.1", text);
            Assert.DoesNotContain("33,3", text);
            Assert.DoesNotContain("33.3", text);
            Assert.DoesNotContain("1.33333", text);
        }
    }

    [Fact]
    public async Task The_overview_shows_participation_against_population_and_says_census_ages_are_missing()
    {
        var page = await GetAsync("/portrait/test");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("55 personnes ont répondu.", page.Text);
        // nord: 40 answers for 1 000 residents = 40,0 per 1 000; sud: 3 answers read « n < 5 ».
        Assert.Contains("40,0", page.Text);
        Assert.Contains("n < 5", page.Text);
        Assert.Contains("pas de données du recensement par âge", page.Text);
        // Age bands over everyone: 14-34 is 20 + 2 = 22 of 55 = 40 %.
        Assert.Contains("40\u202F%", page.Text);
        Assert.Contains("graphiques/heatmap.png", page.Html);
    }

    [Fact]
    public async Task The_portrait_file_is_what_PortraitCsvWriter_writes_for_the_same_answers()
    {
        var response = await (await GetClientAsync()).GetAsync("/portrait/test/portrait.csv");
        var builder = new PortraitBuilder(PortraitData.Questionnaire);
        foreach (var record in PortraitData.Records()) builder.Add(record);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PortraitCsvWriter.ToCsv(builder.Build()), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/portrait/test/graphiques/heatmap.png")]
    [InlineData("/portrait/test/graphiques/scores.png?quartier=nord")]
    [InlineData("/portrait/test/graphiques/likert-1.png?quartier=nord&lang=en")]
    public async Task A_chart_downloads_as_a_png(string path)
    {
        var response = await (await GetClientAsync()).GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
    }

    [Theory]
    [InlineData("/portrait/test/graphiques/inconnu.png")]
    [InlineData("/portrait/test/graphiques/likert-9.png?quartier=nord")]
    [InlineData("/portrait/test/quartier/ailleurs")]
    [InlineData("/portrait/inconnue")]
    public async Task Unknown_charts_neighbourhoods_and_collectes_are_not_found(string path)
    {
        var response = await (await GetClientAsync()).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_printable_portrait_has_a_cover_a_section_per_neighbourhood_and_a_print_button()
    {
        var page = await GetAsync("/portrait/test/imprimer");

        Assert.Contains("Portrait partagé — Collecte test test", page.Text);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(page.Html, "class=\"portrait-section\"").Count);
        Assert.Contains("data-print", page.Html);
        Assert.Contains("Imprimer", page.Text);
        Assert.Matches("href=\"/css/portraits[^\"]*css\"", page.Html);
    }

    private async Task<HttpClient> GetClientAsync()
    {
        await PortraitData.SeedAsync(factory);
        return factory.NewClient();
    }

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]+>")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    [System.Text.RegularExpressions.GeneratedRegex("(?:src|srcset)=\"([^\"]*/graphiques/[^\"]+\\.svg[^\"]*)\"")]
    private static partial System.Text.RegularExpressions.Regex ChartAddress();
}
