using System.Net;
using System.Text;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>Territories in the UI: the tree, the form with its checks, and the CSV import with preview, all-or-nothing.</summary>
public sealed class TerritoryPagesTests : IDisposable
{
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static Task<Respondent.Page> UploadAsync(Respondent browser, string csv) => UploadAsync(browser, Encoding.UTF8.GetBytes(csv));

    private static async Task<Respondent.Page> UploadAsync(Respondent browser, byte[] file, string query = "")
    {
        var form = await browser.GetAsync("/admin/territoires/importer" + query);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token!), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "territoires.csv" },
        };
        using var response = await browser.Client.PostAsync("/admin/territoires/importer" + (query.Length > 0 ? query + "&" : "?") + "handler=Preview", content);
        return new Respondent.Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private Task<string> TerritoryCodesAsync() =>
        factory.WithDbAsync(async db => string.Join(",", await db.Territories.OrderBy(t => t.Code).Select(t => t.Code + ":" + t.Name).ToListAsync()));

    [Theory]
    [InlineData("code,name,parent,population\nest,Est,inconnu,\n", "2", "3", "Parent inconnu : aucun territoire n'a le code « inconnu ».")]
    [InlineData("code,name,parent,population\na,A,b,\nb,B,a,\n", "2", "3", "Les parents tournent en rond : a → b → a.")]
    [InlineData("code,name,parent,population\nville,Ville,,\nville,Encore,,\n", "3", "1", "Code en double : « ville » est déjà à la ligne 2.")]
    [InlineData("code,nom,parent\nx,X,\n", "1", "2", "En-tête incorrect : la colonne « nom » est inconnue (l'en-tête attendu est code,name,parent,population).")]
    [InlineData("code,name,parent,population\nville,Ville,,12 000\n", "2", "4", "La population « 12 000 » n'est pas un nombre entier positif ou nul (des chiffres seulement, sans espace).")]
    [InlineData("code,name,parent,population\nville,Ville,,\nst cécile,Sainte-Cécile,ville,\n", "3", "1", "Le code « st cécile » ne convient pas : lettres, chiffres, tiret, point ou soulignement seulement, sans accent ni espace, en commençant par une lettre ou un chiffre.")]
    [InlineData("code,name,parent,population\nville,Ville,,\nest,Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est Est,ville,\n", "3", "2", "Le nom a 203 caractères : 200 au plus.")]
    public async Task A_file_with_an_error_shows_its_file_line_column_and_reason_in_french_and_changes_nothing(string csv, string line, string column, string reason)
    {
        var organizer = await factory.OrganizerAsync();
        var before = await TerritoryCodesAsync();

        var page = await UploadAsync(organizer.Browser(), csv);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Le fichier « territoires.csv » est refusé :", page.Text);
        Assert.Contains("Rien n'a été importé.", page.Text);
        Assert.Matches($"<td class=\"num\">{line}</td><td class=\"num\">{column}</td><td>{System.Text.RegularExpressions.Regex.Escape(reason)}</td>", page.Text);
        Assert.DoesNotContain("id=\"confirm\"", page.Html);
        Assert.Equal(before, await TerritoryCodesAsync());
    }

    /// <summary>The same problems on an English page: position from Core, words from the resources (the CLI keeps its own English).</summary>
    [Theory]
    [InlineData("code,name,parent,population\nest,Est,inconnu,\n", "2", "3", "Unknown parent: no territory has code “inconnu”.")]
    [InlineData("code,name,parent,population\na,A,b,\nb,B,a,\n", "2", "3", "The parents go round in a circle: a → b → a.")]
    [InlineData("code,name,parent,population\nville,Ville,,\nst cécile,Sainte-Cécile,ville,\n", "3", "1", "Code “st cécile” is not allowed: letters, digits, dash, dot or underscore only, no accents or spaces, starting with a letter or digit.")]
    [InlineData("code,name,parent,population\nville,Ville,,\nville,Encore,,\n", "3", "1", "Duplicate code: “ville” is already on line 2.")]
    public async Task An_english_page_gives_the_territory_file_problems_in_english(string csv, string line, string column, string reason)
    {
        var organizer = await factory.OrganizerAsync();
        var before = await TerritoryCodesAsync();

        var page = await UploadAsync(organizer.Browser(), Encoding.UTF8.GetBytes(csv), "?lang=en");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("File “territoires.csv” is refused: 1 problem(s)", page.Text);
        Assert.Matches($"<td class=\"num\">{line}</td><td class=\"num\">{column}</td><td>{System.Text.RegularExpressions.Regex.Escape(reason)}</td>", page.Text);
        Assert.Equal(before, await TerritoryCodesAsync());
    }

    [Fact]
    public async Task An_upload_over_the_limit_gets_a_page_that_states_the_limit_not_a_bare_400()
    {
        var organizer = await factory.OrganizerAsync();
        var before = await TerritoryCodesAsync();

        var page = await UploadAsync(organizer.Browser(), new byte[3 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("La limite est de 2 Mo par fichier.", page.Text);
        Assert.Equal(before, await TerritoryCodesAsync());
    }

    [Fact]
    public async Task A_valid_file_is_previewed_then_imported_updating_known_codes()
    {
        var organizer = await factory.OrganizerAsync();
        var browser = organizer.Browser();

        var preview = await UploadAsync(browser, "code,name,parent,population\nville,Ville renommée,,\nnord,Nord,ville,1500\nest,Est,ville,700\n");
        Assert.Contains("Aperçu : 1 ajout(s), 2 mise(s) à jour", preview.Text);
        Assert.Equal("ailleurs:Ailleurs,nord:Nord,sud:Sud,ville:Ville-Test", await TerritoryCodesAsync());

        var done = await browser.PostWithTokenAsync("/admin/territoires/importer?handler=Confirm", preview.Token,
            ("FileContent", preview.Hidden("FileContent")!), ("FileName", "territoires.csv"));

        Assert.Equal("/admin/territoires", done.Path);
        Assert.Contains("Import terminé : 1 territoire(s) ajouté(s), 2 mis à jour.", done.Text);
        Assert.Equal("ailleurs:Ailleurs,est:Est,nord:Nord,sud:Sud,ville:Ville renommée", await TerritoryCodesAsync());
        Assert.Contains("1\u202F500", done.Text);
    }

    [Fact]
    public async Task A_territory_is_created_with_its_neighbourhood_word_and_a_loop_is_refused_on_edit()
    {
        var organizer = await factory.OrganizerAsync();
        var browser = organizer.Browser();

        var saved = await browser.PostAsync("/admin/territoires/edition",
            ("Form.Code", "mrc"), ("Form.Name", "MRC Test"), ("Form.ParentCode", ""), ("Form.Population", ""), ("Form.NeighbourhoodWord", "village"));
        Assert.Contains("Le territoire « MRC Test » est enregistré.", saved.Text);
        var ville = await factory.WithDbAsync(db => db.Territories.SingleAsync(t => t.Code == "ville"));
        await browser.PostAsync($"/admin/territoires/edition/{ville.Id}",
            ("Form.Code", "ville"), ("Form.Name", "Ville-Test"), ("Form.ParentCode", "mrc"), ("Form.NeighbourhoodWord", "quartier"));
        var mrc = await factory.WithDbAsync(db => db.Territories.SingleAsync(t => t.Code == "mrc"));

        var loop = await browser.PostAsync($"/admin/territoires/edition/{mrc.Id}",
            ("Form.Code", "mrc"), ("Form.Name", "MRC Test"), ("Form.ParentCode", "nord"), ("Form.NeighbourhoodWord", "village"));

        Assert.Contains("Le territoire nord est ce territoire ou l'un de ses descendants : cela formerait une boucle.", loop.Text);
        Assert.Equal("village", mrc.NeighbourhoodWord);
        Assert.Null(await factory.WithDbAsync(db => db.Territories.Where(t => t.Code == "mrc").Select(t => t.ParentId).SingleAsync()));
        var tree = await browser.GetAsync("/admin/territoires");
        Assert.True(tree.Text.IndexOf("MRC Test", StringComparison.Ordinal) < tree.Text.IndexOf("Ville-Test", StringComparison.Ordinal));
    }

    private async Task<Respondent.Page> RenameAsync(Respondent browser, string code, string newCode, string? parent = null)
    {
        var territory = await factory.WithDbAsync(db => db.Territories.Include(t => t.Parent).SingleAsync(t => t.Code == code));
        return await browser.PostAsync($"/admin/territoires/edition/{territory.Id}",
            ("Form.Code", newCode), ("Form.Name", territory.Name), ("Form.ParentCode", parent ?? territory.Parent?.Code ?? ""),
            ("Form.NeighbourhoodWord", territory.NeighbourhoodWord));
    }

    [Theory]
    [InlineData("ville")] // the collectes' territory
    [InlineData("nord")] // one of their neighbourhoods
    public async Task The_code_of_a_territory_a_collecte_uses_cannot_change(string code)
    {
        var organizer = await factory.OrganizerAsync();

        var page = await RenameAsync(organizer.Browser(), code, code + "-2");

        Assert.Contains("Ce code ne peut plus changer : la collecte « Collecte test test » l'utilise", page.Text);
        Assert.Contains("href=\"#Form_Code\"", page.Html);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Territories.CountAsync(t => t.Code == code)));
    }

    [Fact]
    public async Task The_code_of_a_territory_that_answers_or_a_partner_use_cannot_change_and_an_unused_one_can()
    {
        var organizer = await factory.OrganizerAsync();
        var browser = organizer.Browser();
        await factory.WithDbAsync(async db =>
        {
            db.Territories.AddRange(
                new Territory { Code = "repondu", Name = "Répondu", Level = TerritoryLevel.Neighbourhood },
                new Territory { Code = "servi", Name = "Servi", Level = TerritoryLevel.Neighbourhood });
            var collecte = await db.Collectes.SingleAsync(c => c.PublicCode == DiagnosticWebFactory.ClosedCode);
            db.Responses.Add(new Response
            {
                PublicId = Guid.NewGuid().ToString(), CollecteId = collecte.Id, NeighbourhoodCode = "repondu", Language = "fr",
                QuestionnaireHash = "h", Status = ResponseStatus.Submitted, StartedAt = DateTimeOffset.UtcNow,
            });
            db.PartnerOrganisations.Add(new PartnerOrganisation { Name = "Maison des jeunes", NeighbourhoodsServed = "nord|servi" });
            return await db.SaveChangesAsync();
        });

        var answered = await RenameAsync(browser, "repondu", "repondu-2");
        var served = await RenameAsync(browser, "servi", "servi-2");
        var unused = await RenameAsync(browser, "ailleurs", "ailleurs-2");

        Assert.Contains("la collecte « Collecte test fermee » l'utilise", answered.Text);
        Assert.Contains("Ce code ne peut plus changer : l'organisation « Maison des jeunes » le compte parmi les territoires qu'elle dessert.", served.Text);
        Assert.Contains("Le territoire « Ailleurs » est enregistré.", unused.Text);
        Assert.Equal("ailleurs-2:Ailleurs,nord:Nord,repondu:Répondu,servi:Servi,sud:Sud,ville:Ville-Test", await TerritoryCodesAsync());
    }

    [Fact]
    public async Task A_territory_whose_code_predates_the_code_rule_can_still_be_edited_when_its_code_stays()
    {
        var organizer = await factory.OrganizerAsync();
        await factory.WithDbAsync(db =>
        {
            db.Territories.Add(new Territory { Code = "Vieux Port", Name = "Vieux-Port", Level = TerritoryLevel.Neighbourhood });
            return db.SaveChangesAsync();
        });
        var id = await factory.WithDbAsync(db => db.Territories.Where(t => t.Code == "Vieux Port").Select(t => t.Id).SingleAsync());

        var kept = await organizer.Browser().PostAsync($"/admin/territoires/edition/{id}",
            ("Form.Code", "Vieux Port"), ("Form.Name", "Vieux-Port renommé"), ("Form.ParentCode", ""), ("Form.NeighbourhoodWord", "quartier"));
        var changed = await organizer.Browser().PostAsync($"/admin/territoires/edition/{id}",
            ("Form.Code", "Vieux Port 2"), ("Form.Name", "Vieux-Port"), ("Form.ParentCode", ""), ("Form.NeighbourhoodWord", "quartier"));

        Assert.Contains("Le territoire « Vieux-Port renommé » est enregistré.", kept.Text);
        Assert.Contains("Écrivez un code de 1 à 64 caractères", changed.Text);
        Assert.Equal("Vieux Port:Vieux-Port renommé", await factory.WithDbAsync(db =>
            db.Territories.Where(t => t.Id == id).Select(t => t.Code + ":" + t.Name).SingleAsync()));
    }

    [Theory]
    [InlineData("Form.Code", "ville", "Le code ville est déjà utilisé par un autre territoire.")]
    [InlineData("Form.Code", "ALL", "Le code ALL est réservé")]
    [InlineData("Form.Code", "avec espace", "Écrivez un code de 1 à 64 caractères")]
    [InlineData("Form.Population", "-3", "Écrivez la population en nombre entier positif")]
    [InlineData("Form.Population", "mille", "Écrivez la population en nombre entier positif")]
    public async Task A_refused_territory_field_is_explained(string field, string value, string message)
    {
        var organizer = await factory.OrganizerAsync();
        var fields = new List<(string, string)> { ("Form.Code", "neuf"), ("Form.Name", "Neuf"), ("Form.NeighbourhoodWord", "quartier") };
        fields.RemoveAll(f => f.Item1 == field);
        fields.Add((field, value));

        var page = await organizer.Browser().PostAsync("/admin/territoires/edition", fields.ToArray());

        Assert.Contains(message, page.Text);
        Assert.Equal(4, await factory.WithDbAsync(db => db.Territories.CountAsync()));
    }
}
