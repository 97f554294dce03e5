using System.Net;
using System.Text;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Exchange;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Partners;

public sealed class DirectoryTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    private const string Import = "/admin/partenaires/import";

    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<PartnerOrganisation>> OrganisationsAsync(string prefix) =>
        factory.WithDbAsync(db => db.PartnerOrganisations.Where(o => o.Name.StartsWith(prefix)).OrderBy(o => o.Name).ToListAsync());

    [Fact]
    public async Task A_partners_csv_fills_the_directory_and_a_second_import_updates_instead_of_adding()
    {
        var client = await factory.OrganizerAsync();
        const string quoted = "name;network;sector;neighbourhoods\r\nA-CDC du Centre;communautaire;Développement social;nord|sud\r\n"
            + "\"A-CIUSSS; santé\";sante;;nord\r\nA-École des Chutes;Scolaire;Éducation;\r\n";

        var first = await ExchangeData.UploadAsync(client, Import, Encoding.UTF8.GetBytes(quoted));
        var second = await ExchangeData.UploadAsync(client, Import, Encoding.UTF8.GetBytes(quoted));
        var list = await new Respondent(client).GetAsync("/admin/partenaires");

        Assert.Contains("3 organisations ajoutées, 0 mises à jour", first.Text);
        Assert.Contains("0 organisations ajoutées, 3 mises à jour", second.Text);
        var stored = await OrganisationsAsync("A-");
        Assert.Equal(["A-CDC du Centre", "A-CIUSSS; santé", "A-École des Chutes"], stored.Select(o => o.Name));
        Assert.Equal([PartnerNetwork.Communautaire, PartnerNetwork.Sante, PartnerNetwork.Scolaire], stored.Select(o => o.Network));
        Assert.Equal("nord|sud", stored[0].NeighbourhoodsServed);
        Assert.Contains("A-CIUSSS; santé", list.Text);
        // The territories' names, not their codes.
        Assert.Contains("<td>Nord, Sud</td>", list.Html);
        Assert.DoesNotContain("nord, sud", list.Text);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "wrong columns", Encoding.UTF8.GetBytes("nom,reseau\r\nX,communautaire\r\n"), "row 1, column name: Cette colonne manque dans la première ligne." },
        { "unknown network", Encoding.UTF8.GetBytes("name,network,sector,neighbourhoods\r\nB-X,syndical,,\r\n"), "row 2, column network: Réseau « syndical » inconnu : écrivez l'un de ceux-ci : " },
        { "unknown neighbourhood", Encoding.UTF8.GetBytes("name,network,sector,neighbourhoods\r\nB-X,municipal,,nord|lune\r\n"), "row 2, column neighbourhoods: Le code de quartier « lune » est inconnu." },
        { "duplicate name", Encoding.UTF8.GetBytes("name,network,sector,neighbourhoods\r\nB-X,municipal,,\r\nb-x,privé,,\r\n"), "row 3, column name: Le nom « b-x » est déjà à la ligne 2." },
        { "broken quoting", Encoding.UTF8.GetBytes("name,network,sector,neighbourhoods\r\nB-Y,municipal,,\r\nB-\"Z\" inc,privé,,\r\n"), "row 3: Guillemets mal placés" },
        { "not utf-8", Encoding.Latin1.GetBytes("name,network,sector,neighbourhoods\r\nB-Café,privé,,\r\n"), "row 2: Le fichier n'est pas en UTF-8 : enregistrez-le en « CSV UTF-8 »." },
        { "empty name", Encoding.UTF8.GetBytes("name,network,sector,neighbourhoods\r\n,privé,,\r\n"), "row 2, column name: Le nom est vide." },
        { "long sector", Encoding.UTF8.GetBytes($"name,network,sector,neighbourhoods\r\nB-X,privé,{new string('s', 201)},\r\n"), "row 2, column sector: Le secteur dépasse 200 caractères." },
        { "long neighbourhoods", Encoding.UTF8.GetBytes($"name,network,sector,neighbourhoods\r\nB-X,privé,,{string.Join('|', Enumerable.Repeat("nord|sud", 300))}\r\n"), "row 2, column neighbourhoods: La liste des quartiers dépasse 2\u202F000 caractères (codes joints par |)." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_partners_file_is_refused_with_row_and_column_and_changes_nothing(string why, byte[] file, string message)
    {
        var client = await factory.OrganizerAsync();
        var before = await factory.WithDbAsync(db => db.PartnerOrganisations.CountAsync());

        var page = await ExchangeData.UploadAsync(client, Import, file);

        var shown = System.Text.RegularExpressions.Regex.Matches(page.Html, "<tr><td>(\\d+)</td><td>([^<]*)</td><td>([^<]*)</td></tr>")
            .Select(m => System.Net.WebUtility.HtmlDecode(
                m.Groups[2].Value.Length == 0 ? $"row {m.Groups[1].Value}: {m.Groups[3].Value}" : $"row {m.Groups[1].Value}, column {m.Groups[2].Value}: {m.Groups[3].Value}"))
            .ToList();
        Assert.True(shown.Any(s => s.Contains(message)), $"{why}: '{message}' not in [{string.Join(" / ", shown)}]");
        Assert.Contains("Rien n'a été importé", page.Text);
        Assert.Equal(before, await factory.WithDbAsync(db => db.PartnerOrganisations.CountAsync()));
    }

    [Fact]
    public async Task Errors_are_worded_in_french_and_in_english_with_lang_en_never_in_the_other_language()
    {
        var client = await factory.OrganizerAsync();
        var file = Encoding.UTF8.GetBytes("name,network,sector,neighbourhoods\r\nB-W,syndical,,nord|lune\r\n");

        var fr = await ExchangeData.UploadAsync(client, Import, file);
        var en = await ExchangeData.UploadAsync(client, Import + "?lang=en", file);

        Assert.Contains("<tr><td>2</td><td>network</td><td>Réseau « syndical » inconnu : écrivez l'un de ceux-ci : ", fr.Text);
        Assert.Contains("<tr><td>2</td><td>neighbourhoods</td><td>Le code de quartier « lune » est inconnu.</td></tr>", fr.Text);
        Assert.DoesNotContain("unknown network", fr.Text);
        Assert.Contains("<tr><td>2</td><td>network</td><td>Unknown network “syndical”: write one of these: ", en.Text);
        Assert.Contains("<tr><td>2</td><td>neighbourhoods</td><td>The neighbourhood code “lune” is unknown.</td></tr>", en.Text);
        Assert.DoesNotContain("Réseau", en.Text);
    }

    [Fact]
    public async Task The_import_page_documents_the_columns_and_networks()
    {
        var client = await factory.OrganizerAsync();

        var page = await new Respondent(client).GetAsync(Import);

        Assert.Contains("name,network,sector,neighbourhoods", page.Text);
        Assert.Contains("communautaire, santé, scolaire, municipal, économique, philanthropique, citoyen", page.Text);
    }

    [Fact]
    public async Task A_committee_member_cannot_open_the_directory()
    {
        var member = await factory.SignInAsAsync(Roles.Committee, followRedirects: false);

        using var response = await member.Client.GetAsync("/admin/partenaires");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
