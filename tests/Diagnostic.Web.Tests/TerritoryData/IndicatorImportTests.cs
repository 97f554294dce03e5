extern alias cli;
using System.CommandLine;
using System.Net;
using System.Text;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organizer;
using Diagnostic.Web.Tests.Portraits;
using Microsoft.EntityFrameworkCore;
using ImportIndicatorsCommand = cli::Diagnostic.Cli.Commands.ImportIndicatorsCommand;
using ImportTerritoriesCommand = cli::Diagnostic.Cli.Commands.ImportTerritoriesCommand;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>Indicators: `diagnostic import-indicators`, the admin page (refused whole with line and column, or previewed then stored) and the portraits that show them.</summary>
public sealed class IndicatorImportTests : IDisposable
{
    private const string Page = "/admin/territoires/ville/indicateurs";
    private static readonly string Pct = Diagnostic.Core.Formatting.NumberText.French.PercentSpace + "%";
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    public static TheoryData<string, string, string, string> BadFiles => new()
    {
        { IndicatorData.Replace("sud,Faible revenu,12,", "ailleurs,Faible revenu,12,"), "5", "1", "Code inconnu : « ailleurs » n'est ni le territoire ni un de ses quartiers." },
        { IndicatorData.Replace("est,Quintile de défavorisation,2,,INSPQ,2021", "est,Quintile de défavorisation,2,,INSPQ,2021\nest,Quintile de défavorisation,4,,INSPQ,2021"), "9", "1", "Ligne en double : le code « est » et l'indicateur « Quintile de défavorisation » sont déjà à la ligne 8." },
        { IndicatorData.Replace("ville,Faible revenu,14.2,%,Statistique Canada,2021\n", ""), "2", "1", "L'indicateur « Faible revenu » n'a pas de ligne pour 'ville' : il faut une ligne par quartier et une pour le territoire." },
        { IndicatorData.Replace("nord,Faible revenu,21.5,", "nord,Faible revenu,,"), "3", "3", "La valeur manque." },
        { IndicatorData.Replace("nord,Faible revenu,21.5,", "nord,Faible revenu,21;5,"), "3", "3", "La valeur « 21;5 » n'est pas un nombre (des chiffres, « . » pour les décimales)." },
        { IndicatorData.Replace("neighbourhood,indicator,value", "quartier,indicator,value"), "1", "1", "L'en-tête doit être neighbourhood,indicator,value,unit,source,year (le fichier a « quartier,indicator,value,unit,source,year »)." },
    };

    private Task<int> StoredAsync() => factory.WithDbAsync(db => db.TerritoryIndicators.CountAsync());

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_indicator_file_is_refused_with_its_line_column_and_reason_and_nothing_is_stored(string csv, string line, string column, string reason)
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();

        var page = await CensusData.UploadAsync(organizer.Browser(), Page, Encoding.UTF8.GetBytes(csv), "indicateurs.csv");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Rien n'a été enregistré.", page.Text);
        Assert.Matches($"<td class=\"num\">{line}</td>\\s*<td class=\"num\">{column}</td>\\s*<td>{System.Text.RegularExpressions.Regex.Escape(reason)}", page.Text);
        Assert.Equal(0, await StoredAsync());
    }

    [Theory]
    [InlineData("sud,Faible revenu,12,", "ailleurs,Faible revenu,12,", "5", "1", "Unknown code: “ailleurs” is neither the territory nor one of its neighbourhoods.")]
    [InlineData("ville,Faible revenu,14.2,%,Statistique Canada,2021\n", "", "2", "1", "Indicator “Faible revenu” has no row for 'ville': it needs one row per neighbourhood and one for the territory.")]
    public async Task An_english_page_gives_the_indicator_problems_in_english(string line, string with, string row, string column, string reason)
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();

        var page = await CensusData.UploadAsync(organizer.Browser(), Page + "?lang=en", Encoding.UTF8.GetBytes(IndicatorData.Replace(line, with)), "indicators.csv");

        Assert.Contains("File “indicators.csv” is refused", page.Text);
        Assert.Matches($"<td class=\"num\">{row}</td>\\s*<td class=\"num\">{column}</td>\\s*<td>{System.Text.RegularExpressions.Regex.Escape(reason)}</td>", page.Text);
        Assert.Equal(0, await StoredAsync());
    }

    [Fact]
    public async Task An_indicator_file_not_in_utf8_is_refused()
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();

        var page = await CensusData.UploadAsync(organizer.Browser(), Page, Encoding.Latin1.GetBytes(IndicatorData.Valid), "indicateurs.csv");

        Assert.Matches("<td class=\"num\">6</td>\\s*<td class=\"num\">2</td>\\s*<td>Le fichier n'est pas en UTF-8 : enregistrez-le en « CSV UTF-8 ».", page.Text);
        Assert.Equal(0, await StoredAsync());
    }

    [Fact]
    public async Task Imported_indicators_show_in_the_neighbourhood_portrait_and_the_printed_one_beside_the_territory_value()
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();
        var browser = organizer.Browser();

        var done = await CensusData.ImportAsync(browser, Page, IndicatorData.Valid);
        Assert.Contains("Indicateurs importés : 2 indicateur(s), 8 valeur(s).", done.Text);

        var reader = new Respondent(factory.NewClient());
        var nord = await reader.GetAsync("/portrait/test/quartier/nord");
        Assert.Contains(">Indicateurs de Nord et de Ville-Test</caption>", nord.Text); // the caption names its scrolling region (id)
        Assert.Contains($"<tr><th scope=\"row\">Faible revenu</th><td>21,5{Pct}</td><td>14,2{Pct}</td><td>Statistique Canada, 2021</td></tr>", nord.Text);
        Assert.Contains("<tr><th scope=\"row\">Quintile de défavorisation</th><td>5</td><td>3</td><td>INSPQ, 2021</td></tr>", nord.Text);
        var english = await reader.GetAsync("/portrait/test/quartier/nord?lang=en");
        Assert.Contains("<td>21.5%</td><td>14.2%</td>", english.Text);
        var print = await reader.GetAsync("/portrait/test/imprimer?lang=fr");
        Assert.Contains("Indicateurs de Est-Côté et de Ville-Test", print.Text);
        Assert.Contains("Indicateurs de Sud et de Ville-Test", print.Text);
    }

    [Fact]
    public async Task The_cli_imports_a_valid_file_and_refuses_a_bad_one_changing_nothing()
    {
        using var database = new CliDatabase();
        var territories = database.Write("t.csv", "code,name,parent,population\nville,Ville,,\nnord,Nord,ville,100\nest,Est,ville,100\nsud,Sud,ville,100\n");
        Assert.Equal(0, (await RunAsync(new ImportTerritoriesCommand(database.Configuration), "import-territories", territories)).Exit);

        var bad = await RunAsync(new ImportIndicatorsCommand(database.Configuration), "import-indicators", "--territory", "ville",
            database.Write("bad.csv", IndicatorData.Replace("nord,Faible revenu,21.5,", "nord,Faible revenu,-,")));
        Assert.Equal(1, bad.Exit);
        Assert.Contains("bad.csv:3:3: value '-' is not a number", bad.Err);
        Assert.Equal(0, await database.WithDbAsync(db => db.TerritoryIndicators.CountAsync()));

        var good = await RunAsync(new ImportIndicatorsCommand(database.Configuration), "import-indicators", "--territory", "ville", database.Write("good.csv", IndicatorData.Valid));
        Assert.Equal(0, good.Exit);
        Assert.Contains("2 indicator(s) for 4 code(s) of ville", good.Out);
        Assert.Equal(8, await database.WithDbAsync(db => db.TerritoryIndicators.CountAsync()));
        var city = await database.WithDbAsync(db => db.TerritoryIndicators.SingleAsync(i => i.Territory!.Code == "ville" && i.Indicator == "Faible revenu"));
        Assert.Equal(14.2, city.Value);
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(cli::Diagnostic.Cli.ICliCommand command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand();
        root.Subcommands.Add(command.Build());
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
