using System.Net;
using System.Text.RegularExpressions;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organizer;
using Diagnostic.Web.Tests.Portraits;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>
/// Territory data imported after the printed portrait was built reaches the next print, without new answers: the
/// built copy is kept per collecte × language until answers change, so it must also follow the census it was built with.
/// </summary>
public sealed class PrintedTerritoryDataTests : IDisposable
{
    private const string Print = "/portrait/test/imprimer";
    private const string French = Print + "?lang=fr"; // the language a reader chose sticks: each request names its own
    private const string Census = "/admin/collectes/test/recensement";
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    /// <summary>
    /// The overview's age row: band, respondents, sample share, census share. Census shares summed over nord, est, sud:
    /// 14-34 = (300 + 100 + 500) / 3500 = 25.7 % → « 26 % », 35+ = 2600 / 3500 = 74.3 % → « 74 % »; swapped in <see cref="Swapped"/>.
    /// </summary>
    private static string CensusShare(string page, string band) =>
        Regex.Match(WebUtility.HtmlDecode(page), $"<th scope=\"row\">{Regex.Escape(band)}</th>\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>")
            .Groups[1].Value.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    private static readonly string Swapped = CensusData.Valid
        .Replace("nord,14-34,300", "nord,14-34,700").Replace("nord,35+,700", "nord,35+,300")
        .Replace("est,14-34,100", "est,14-34,400").Replace("est,35+,400", "est,35+,100")
        .Replace("sud,14-34,500", "sud,14-34,1500").Replace("sud,35+,1500", "sud,35+,500");

    [Fact]
    public async Task A_census_imported_or_replaced_after_a_print_shows_in_the_next_print_in_both_languages()
    {
        await PortraitData.SeedAsync(factory);
        var reader = factory.NewClient();
        var before = await reader.GetStringAsync(French);
        Assert.Contains("Le territoire n'a pas de données du recensement par âge", WebUtility.HtmlDecode(before));
        Assert.DoesNotContain("Census share", await reader.GetStringAsync(Print + "?lang=en"));

        var organizer = await factory.OrganizerAsync();
        await CensusData.ImportAsync(organizer.Browser(), Census, CensusData.Valid);
        var imported = await reader.GetStringAsync(French);
        var english = await reader.GetStringAsync(Print + "?lang=en");

        Assert.Contains("Part au recensement", imported);
        Assert.DoesNotContain("Le territoire n'a pas de données du recensement par âge", WebUtility.HtmlDecode(imported));
        Assert.Equal("26 %", CensusShare(imported, "14 à 34 ans"));
        Assert.Equal("74 %", CensusShare(imported, "35 ans et plus"));
        Assert.Contains("Census share", english);
        Assert.Equal("26%", CensusShare(english, "14 to 34"));

        // Replaced by another file: the next print compares with the new one.
        await CensusData.ImportAsync(organizer.Browser(), Census, Swapped);
        var replaced = await reader.GetStringAsync(French);
        Assert.Equal("74 %", CensusShare(replaced, "14 à 34 ans"));
        Assert.Equal("26 %", CensusShare(replaced, "35 ans et plus"));
    }

    [Fact]
    public async Task Indicators_imported_after_a_print_show_in_the_next_print()
    {
        await PortraitData.SeedAsync(factory);
        var reader = factory.NewClient();
        Assert.DoesNotContain("Indicateurs de Nord et de Ville-Test", await reader.GetStringAsync(Print));

        var organizer = await factory.OrganizerAsync();
        await CensusData.ImportAsync(organizer.Browser(), "/admin/territoires/ville/indicateurs", IndicatorData.Valid);

        var after = await reader.GetStringAsync(French);
        Assert.Contains("Indicateurs de Nord et de Ville-Test", after);
        Assert.Contains("<tr><th scope=\"row\">Quintile de défavorisation</th><td>5</td><td>3</td><td>INSPQ, 2021</td></tr>", after);
    }
}
