using System.Globalization;
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
        // est has 12 respondents, hidden as sud's complement: « masqué », never « n < 5 ».
        Assert.Contains(">masqué</text>", score);
        Assert.Contains("<tr><th scope=\"row\">Est-Côté</th><td>masqué</td></tr>", overview.Text);
        Assert.Contains("<tr><th scope=\"row\">Sud</th><td>n < 5</td></tr>", overview.Text);
        Assert.Contains("<tr><th scope=\"row\">Nord</th><td>83</td></tr>", overview.Text);
        Assert.Contains("<option value=\"dimension:vie\" selected=\"selected\">", overview.Html);
    }

    /// <summary>
    /// The map as PNG beside the SVG: the same drawing at twice its size, linked from the overview, the same bytes
    /// from the version's cache on a second request; inside sud and est (hidden) every pixel is white, the hatching's
    /// grey or a label's black (R = G = B), never a colour of the scale; nord carries its class colour.
    /// </summary>
    [Fact]
    public async Task The_map_downloads_as_a_png_of_the_same_drawing_with_hidden_neighbourhoods_never_coloured()
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();
        await CensusData.ImportAsync(organizer.Browser(), Page, BoundaryData.Valid());
        var reader = new Respondent(factory.NewClient());

        var overview = await reader.GetAsync("/portrait/test?carte=dimension:vie");
        var svg = await reader.Client.GetStringAsync("/portrait/test/carte.svg?carte=dimension%3Avie&lang=fr");
        using var response = await reader.Client.GetAsync("/portrait/test/carte.png?carte=dimension%3Avie&lang=fr");
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Contains("href=\"/portrait/test/carte.png?carte=dimension%3Avie&amp;lang=fr\"", overview.Html);
        Assert.Contains("Télécharger la carte (PNG)", overview.Text);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var viewBox = Regex.Match(svg, "viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(2 * 640, bitmap.Width);
        Assert.Equal(2 * double.Parse(viewBox.Groups[2].Value, CultureInfo.InvariantCulture), bitmap.Height, 0.99);
        foreach (var hidden in new[] { "sud", "est" })
        {
            var pixels = Inside(bitmap, svg, hidden).ToList();
            Assert.All(pixels, p => Assert.True(Math.Abs(p.Red - p.Green) <= 2 && Math.Abs(p.Green - p.Blue) <= 2, $"{hidden}: {p}"));
            Assert.Contains(pixels, p => p.Red < 110);
        }
        var nordFill = Regex.Match(svg, "<path data-code=\"nord\" fill=\"(#[0-9a-f]{6})\"").Groups[1].Value;
        Assert.Contains(Inside(bitmap, svg, "nord"), p => p == SkiaSharp.SKColor.Parse(nordFill));
        Assert.Equal(png, await reader.Client.GetByteArrayAsync("/portrait/test/carte.png?carte=dimension%3Avie&lang=fr"));
    }

    /// <summary>The PNG's pixels inside a neighbourhood's outline as the SVG draws it (its bounding box, 3 units in).</summary>
    private static IEnumerable<SkiaSharp.SKColor> Inside(SkiaSharp.SKBitmap bitmap, string svg, string code)
    {
        var d = Regex.Match(svg, $"<path data-code=\"{code}\"[^>]* d=\"([^\"]+)\"").Groups[1].Value;
        var numbers = Regex.Matches(d, "[0-9.]+").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var xs = numbers.Where((_, i) => i % 2 == 0).ToList();
        var ys = numbers.Where((_, i) => i % 2 == 1).ToList();
        for (var y = (int)(2 * (ys.Min() + 3)); y < (int)(2 * (ys.Max() - 3)); y++)
            for (var x = (int)(2 * (xs.Min() + 3)); x < (int)(2 * (xs.Max() - 3)); x++)
                yield return bitmap.GetPixel(x, y);
    }
}
