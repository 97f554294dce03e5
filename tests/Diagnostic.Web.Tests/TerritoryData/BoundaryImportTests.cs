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
        { BoundaryData.Collection(BoundaryData.Square("nord", -72.80), BoundaryData.Square("est", -72.79, close: false)), "2", "Polygone 1, anneau 1 : l'anneau n'est pas fermé ; il commence à [-72.79, 46.5] et finit à [-72.79, 46.51] (la dernière position doit répéter la première)." },
        { BoundaryData.Collection(BoundaryData.BowTie("nord", -72.80)), "1", "Polygone non valide : le contour se croise lui-même, près de (-72.795, 46.505)." },
        { BoundaryData.Collection(BoundaryData.Square("nord", -72.80), BoundaryData.Square("ailleurs", -72.79)), "2", "Le code « ailleurs » ne correspond à aucun quartier du territoire." },
        { BoundaryData.Collection(BoundaryData.Square("nord", -72.80), BoundaryData.Square("nord", -72.79)), "2", "Le code « nord » est déjà celui de l'entité 1." },
        { BoundaryData.Valid("quartier"), "1", "Pas de propriété « code » avec le code du quartier." },
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
    public async Task An_english_page_gives_the_boundary_problems_in_english()
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();
        var file = BoundaryData.Collection(BoundaryData.Square("nord", -72.80), BoundaryData.BowTie("est", -72.79), BoundaryData.Square("ailleurs", -72.78));

        var page = await CensusData.UploadAsync(organizer.Browser(), Page + "?lang=en", Encoding.UTF8.GetBytes(file), "boundaries.geojson");

        Assert.Contains("File “boundaries.geojson” is refused: 2 problem(s)", page.Text);
        Assert.Matches("<td class=\"num\">2</td>\\s*<td>Invalid polygon: the outline crosses itself, near \\(-72.785, 46.505\\).</td>", page.Text);
        Assert.Matches("<td class=\"num\">3</td>\\s*<td>Code “ailleurs” matches no neighbourhood of the territory.</td>", page.Text);
        Assert.Equal(0, await StoredAsync());
    }

    [Fact]
    public async Task A_boundary_file_not_in_utf8_is_refused()
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();

        var page = await CensusData.UploadAsync(organizer.Browser(), Page, Encoding.Latin1.GetBytes(BoundaryData.Valid().Replace("Quartier", "Quartié", StringComparison.Ordinal)), "limites.geojson");

        Assert.Matches("<td class=\"num\">tout le fichier</td>\\s*<td>Le fichier n'est pas en UTF-8 \\(ligne 1, colonne \\d+\\) : enregistrez-le en UTF-8.", page.Text);
        Assert.Contains("Le fichier « limites.geojson » est refusé : 1 problème(s)", page.Text);
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
