using System.Net;
using System.Text;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organizer;
using Diagnostic.Web.Tests.Portraits;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>The census file of a collecte's weighted portrait: refused whole with line, column and reason, or previewed then stored.</summary>
public sealed class CensusImportTests : IDisposable
{
    private const string Page = "/admin/collectes/test/recensement";
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static string Replace(string line, string with) => CensusData.Valid.Replace(line, with, StringComparison.Ordinal);

    public static TheoryData<string, string, string, string> BadFiles => new()
    {
        { Replace("sud,35+,1500", "sud,35+,1500\nailleurs,35+,10"), "8", "1", "Quartier inconnu : « ailleurs » n'est pas un quartier de la collecte." },
        { Replace("nord,35+,700", "nord,65+,700"), "3", "2", "Code inconnu : « 65+ » (les codes de la question sont 14-34, 35+)." },
        { Replace("est,35+,400", "est,35+,400\nest,35+,450"), "6", "1", "Ligne en double : le quartier « est » et le code « 35+ » sont déjà à la ligne 5." },
        { Replace("nord,35+,700", "nord,35+,-700"), "3", "3", "La population -700 est négative." },
        { Replace("nord,35+,700", "nord,35+,"), "3", "3", "La population manque." },
        { Replace("est,35+,400\n", ""), "4", "2", "Le quartier « est » n'a pas de ligne pour le code « 35+ »." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_census_is_refused_with_its_line_column_and_reason_and_nothing_is_stored(string csv, string line, string column, string reason)
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();

        var page = await CensusData.UploadAsync(organizer.Browser(), Page, Encoding.UTF8.GetBytes(csv), "recensement.csv");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Rien n'a été enregistré.", page.Text);
        Assert.Matches($"<td class=\"num\">{line}</td>\\s*<td class=\"num\">{column}</td>\\s*<td>{System.Text.RegularExpressions.Regex.Escape(reason)}", page.Text);
        Assert.DoesNotContain("id=\"confirm\"", page.Html);
        Assert.Equal(0, await CensusData.CensusCountAsync(factory));
    }

    /// <summary>The same problems in English for a reader who chose it: position from Core, words from the resources.</summary>
    [Theory]
    [InlineData("nord,35+,700", "nord,35+,-700", "3", "3", "Population -700 is negative.")]
    [InlineData("est,35+,400", "est,35+,400\nest,35+,450", "6", "1", "Duplicate row: neighbourhood “est” and code “35+” are already on line 5.")]
    [InlineData("nord,35+,700", "nord,35+,", "3", "3", "The population is missing.")]
    public async Task An_english_page_gives_the_census_problems_in_english(string line, string with, string row, string column, string reason)
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();

        var page = await CensusData.UploadAsync(organizer.Browser(), Page + "?lang=en", Encoding.UTF8.GetBytes(Replace(line, with)), "census.csv");

        Assert.Contains("File “census.csv” is refused: 1 problem(s)", page.Text);
        Assert.Matches($"<td class=\"num\">{row}</td>\\s*<td class=\"num\">{column}</td>\\s*<td>{System.Text.RegularExpressions.Regex.Escape(reason)}</td>", page.Text);
        Assert.Equal(0, await CensusData.CensusCountAsync(factory));
    }

    [Fact]
    public async Task A_census_not_in_utf8_is_refused_at_its_line()
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();
        var latin1 = Encoding.Latin1.GetBytes(CensusData.Valid.Replace("nord,35+,700", "nord,35+,700\nnordé,35+,1", StringComparison.Ordinal));

        var page = await CensusData.UploadAsync(organizer.Browser(), Page, latin1, "recensement.csv");

        Assert.Matches("<td class=\"num\">4</td>\\s*<td class=\"num\">1</td>\\s*<td>Le fichier n'est pas en UTF-8 : enregistrez-le en « CSV UTF-8 ».", page.Text);
        Assert.Contains("Le fichier « recensement.csv » est refusé : 1 problème(s)", page.Text);
        Assert.Equal(0, await CensusData.CensusCountAsync(factory));
    }

    [Fact]
    public async Task A_valid_census_is_previewed_then_stored_and_offered_on_the_portrait()
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();
        var browser = organizer.Browser();

        var preview = await CensusData.UploadAsync(browser, Page, Encoding.UTF8.GetBytes(CensusData.Valid), "recensement.csv");
        Assert.Contains("Aperçu : 3 quartier(s)", preview.Text);
        Assert.Matches("<th scope=\"row\">Nord</th>\\s*<td class=\"num\">300</td>\\s*<td class=\"num\">700</td>", preview.Html);
        Assert.Equal(0, await CensusData.CensusCountAsync(factory));

        var done = await CensusData.ImportAsync(browser, Page, CensusData.Valid);

        Assert.Contains("Recensement importé pour 3 quartier(s).", done.Text);
        Assert.Contains("Fichier en place : file.csv (question « Quel âge avez-vous? »)", done.Text);
        Assert.Equal(1, await CensusData.CensusCountAsync(factory));
        var portrait = await browser.GetAsync("/portrait/test");
        Assert.Contains("Pondéré selon le recensement", portrait.Text);
    }
}
