using System.Net;
using System.Text;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Exchange;

/// <summary>
/// Finding 9 on the web import: a file cut at a row boundary is a valid file, so the organisatrice sees the row count
/// before anything is stored; a file cut inside a row is refused with its line; an upload over the limit states it.
/// </summary>
public sealed class ImportPreviewTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private static string Import(string code) => $"/admin/collectes/{code}/import";

    [Fact]
    public async Task A_file_cut_at_a_row_boundary_is_previewed_with_its_row_count_and_stored_only_once_confirmed()
    {
        var source = await factory.NewCollecteAsync();
        var target = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(source, 5);
        await factory.AddResponsesAsync(target, 1); // r1 is already there
        var client = await factory.OrganizerAsync(source, target);
        var (_, exported, _, _) = await ExchangeData.DownloadAsync(client, $"/admin/collectes/{source}/export?handler=download&format=wide");
        var cut = CutAfterRows(exported, 3); // header and 3 of the 5 rows: still a valid file

        var preview = await ExchangeData.UploadAsync(client, Import(target), cut);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("Le fichier est valide et contient 3 lignes de réponses.", preview.Text);
        Assert.Contains("À l'importation : 2 réponses seront ajoutées, 1 sont déjà présentes (ignorées).", preview.Text);
        Assert.Contains("Rien n'est encore enregistré.", preview.Text);
        Assert.Equal(1, await factory.CountResponsesAsync(target));

        var done = await new Respondent(client).PostWithTokenAsync(Import(target) + "?handler=Confirm", preview.Token, ("Token", preview.Hidden("Token")!));

        Assert.Contains("Importation réussie : 3 lignes lues, 2 réponses ajoutées, 1 déjà présentes (ignorées).", done.Text);
        Assert.Equal(3, await factory.CountResponsesAsync(target));
        var again = await new Respondent(client).PostWithTokenAsync(Import(target) + "?handler=Confirm", preview.Token, ("Token", preview.Hidden("Token")!));
        Assert.Contains("Cette vérification a expiré ou a déjà servi. Envoyez le fichier de nouveau.", again.Text);
        Assert.Equal(3, await factory.CountResponsesAsync(target));
    }

    [Fact]
    public async Task A_file_cut_inside_a_row_is_refused_with_its_line()
    {
        var source = await factory.NewCollecteAsync();
        var target = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(source, 5);
        var client = await factory.OrganizerAsync(source, target);
        var (_, exported, _, _) = await ExchangeData.DownloadAsync(client, $"/admin/collectes/{source}/export?handler=download&format=wide");
        var whole = CutAfterRows(exported, 3);
        var cut = whole.Concat(exported.Skip(whole.Length).Take(12)).ToArray(); // 12 bytes into the 4th row, line 5

        var page = await ExchangeData.UploadAsync(client, Import(target), cut);

        Assert.Matches("<tr><td>5</td><td></td><td>La ligne a \\d champs au lieu de 11.</td></tr>", page.Text);
        Assert.Contains("Rien n'a été importé", page.Text);
        Assert.DoesNotContain("id=\"import-confirm\"", page.Html);
        Assert.Equal(0, await factory.CountResponsesAsync(target));
    }

    [Fact]
    public async Task A_confirmation_token_only_works_for_the_collecte_it_was_made_for()
    {
        var first = await factory.NewCollecteAsync();
        var second = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(first, second);
        var preview = await ExchangeData.UploadAsync(client, Import(first), ExchangeData.WideHeader + "\r\np-1,nord,citizen,fr,,35+,,3,,,\r\n");

        var elsewhere = await new Respondent(client).PostWithTokenAsync(Import(second) + "?handler=Confirm", preview.Token, ("Token", preview.Hidden("Token")!));

        Assert.Contains("Envoyez le fichier de nouveau", elsewhere.Text);
        Assert.Equal((0, 0), (await factory.CountResponsesAsync(first), await factory.CountResponsesAsync(second)));
    }

    [Fact]
    public async Task An_upload_far_over_the_limit_gets_a_page_that_states_the_limit()
    {
        var code = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(code);

        var page = await ExchangeData.UploadAsync(client, Import(code), new byte[51 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("Fichier trop volumineux", page.Text);
        Assert.Contains("La limite est de 50 Mo par fichier.", page.Text);
        Assert.Equal(0, await factory.CountResponsesAsync(code));
    }

    [Fact]
    public async Task A_file_just_over_the_limit_is_refused_on_the_import_page_with_the_limit()
    {
        var code = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(code);

        var page = await ExchangeData.UploadAsync(client, Import(code), new byte[50 * 1024 * 1024 + 1]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Ce fichier dépasse la limite de 50 Mo. Rien n'a été importé", page.Text);
        Assert.Equal(0, await factory.CountResponsesAsync(code));
    }

    /// <summary>The header and the first <paramref name="rows"/> rows, cut right after a row's line break.</summary>
    private static byte[] CutAfterRows(byte[] csv, int rows)
    {
        var text = Encoding.UTF8.GetString(csv);
        Assert.DoesNotContain("\"", text.Split('\n')[0]);
        var end = 0;
        for (var i = 0; i <= rows; i++) end = text.IndexOf('\n', end) + 1;
        return Encoding.UTF8.GetBytes(text[..end]);
    }
}
