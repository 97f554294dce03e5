using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organizer;
using Diagnostic.Web.Tests.Portraits;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>Neighbourhood boundaries: refused whole with the feature and why, or stored; then the choropleth drawn from them, tested from its SVG.</summary>
public sealed class BoundaryImportTests : IDisposable
{
    private const string Page = "/admin/territoires/ville/limites";
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { BoundaryData.Collection(BoundaryData.Square("nord", -72.80), BoundaryData.Square("est", -72.79, close: false)), "2", "polygon 1, ring 1: the ring does not close" },
        { BoundaryData.Collection(BoundaryData.BowTie("nord", -72.80)), "1", "invalid polygon: Self-intersection" },
        { BoundaryData.Collection(BoundaryData.Square("nord", -72.80), BoundaryData.Square("ailleurs", -72.79)), "2", "code 'ailleurs' matches no neighbourhood of the territory" },
        { BoundaryData.Collection(BoundaryData.Square("nord", -72.80), BoundaryData.Square("nord", -72.79)), "2", "code 'nord' is already the code of feature 1" },
        { BoundaryData.Valid("quartier"), "1", "no property 'code' with the neighbourhood's code" },
    };

    private Task<int> StoredAsync() => factory.WithDbAsync(db => db.NeighbourhoodBoundaries.CountAsync());

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_boundary_file_is_refused_with_the_feature_and_why_and_nothing_is_stored(string geojson, string feature, string reason)
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();

        var page = await CensusData.UploadAsync(organizer.Browser(), Page, Encoding.UTF8.GetBytes(geojson), "limites.geojson");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Rien n'a été enregistré.", page.Text);
        Assert.Matches($"<td class=\"num\">{feature}</td>\\s*<td>{Regex.Escape(reason)}", page.Text);
        Assert.Equal(0, await StoredAsync());
    }

    [Fact]
    public async Task A_boundary_file_not_in_utf8_is_refused()
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();

        var page = await CensusData.UploadAsync(organizer.Browser(), Page, Encoding.Latin1.GetBytes(BoundaryData.Valid().Replace("Quartier", "Quartié", StringComparison.Ordinal)), "limites.geojson");

        Assert.Matches("<td class=\"num\">0</td>\\s*<td>the file is not valid UTF-8", page.Text);
        Assert.Equal(0, await StoredAsync());
    }

    [Fact]
    public async Task The_choropleth_colours_shown_figures_and_hatches_hidden_ones_never_colouring_them()
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();
        var done = await CensusData.ImportAsync(organizer.Browser(), Page, BoundaryData.Valid("CODE_QUARTIER"), ("CodeProperty", "CODE_QUARTIER"));
        Assert.Contains("Limites importées pour 3 quartier(s).", done.Text);
        var reader = new Respondent(factory.NewClient());

        var participation = await reader.Client.GetStringAsync("/portrait/test/carte.svg?carte=participation");
        var score = await reader.Client.GetStringAsync("/portrait/test/carte.svg?carte=dimension:vie");
        var overview = await reader.GetAsync("/portrait/test?carte=dimension:vie");

        foreach (var svg in new[] { participation, score })
        {
            Assert.StartsWith("<?xml", svg);
            Assert.Matches("<path data-code=\"sud\" fill=\"url\\(#hatch-hidden\\)\"", svg);
            Assert.Matches("<path data-code=\"est\" fill=\"url\\(#hatch-hidden\\)\"", svg);
            Assert.Matches("<path data-code=\"nord\" fill=\"#[0-9a-f]{6}\"", svg);
            Assert.Contains(">n &lt; 5</text>", svg);
        }
        // nord: 40 respondents for 1 000 residents; its vie score 83.3.
        Assert.Contains(">40,0 pour 1 000</text>", participation);
        Assert.Contains(">83</text>", score);
        Assert.DoesNotContain(">11</text>", score); // sud's score, hidden
        Assert.Contains("<tr><th scope=\"row\">Sud</th><td>n < 5</td></tr>", overview.Text);
        Assert.Contains("<tr><th scope=\"row\">Nord</th><td>83</td></tr>", overview.Text);
        Assert.Contains("<option value=\"dimension:vie\" selected=\"selected\">", overview.Html);
    }
}
