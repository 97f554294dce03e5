using System.Net;
using System.Text;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Exchange;

public sealed class ImportTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private const string Header = ExchangeData.WideHeader;

    private static string Import(string code) => $"/admin/collectes/{code}/import";

    private static string Csv(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    private const string PaperOne = "p-001,nord,citizen,fr,2026-05-02,35+,4,3,biblio,,logement>securite";
    private const string PaperTwo = "p-002,sud,citizen,en,2026-05-02T09:30:00-04:00,14-34,,NSP,parc|autre,Le quai,";

    [Fact]
    public async Task A_valid_file_is_imported_as_submitted_responses_of_channel_import()
    {
        var code = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(code);

        var page = await ExchangeData.ImportAsync(client, Import(code), Csv(PaperOne, PaperTwo));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("2 réponses ajoutées, 0 déjà présentes", page.Text);
        var stored = await factory.WithDbAsync(db => db.Responses.Where(r => r.Collecte!.PublicCode == code).OrderBy(r => r.PublicId).ToListAsync());
        Assert.Equal(["p-001", "p-002"], stored.Select(r => r.PublicId));
        Assert.All(stored, r => Assert.Equal((ResponseStatus.Submitted, ResponseChannel.Import), (r.Status, r.Channel)));
        Assert.Equal("logement>securite", stored[0].Answers["top"]);
        Assert.Equal("Le quai", stored[1].Answers["lieux_autre"]);
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 9, 30, 0, TimeSpan.FromHours(-4)), stored[1].SubmittedAt);
    }

    [Fact]
    public async Task The_same_file_imported_twice_adds_nothing_the_second_time()
    {
        var code = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(code);

        await ExchangeData.ImportAsync(client, Import(code), Csv(PaperOne, PaperTwo));
        var second = await ExchangeData.ImportAsync(client, Import(code), Csv(PaperOne, PaperTwo));

        Assert.Contains("0 réponses ajoutées, 2 déjà présentes", second.Text);
        Assert.Equal(2, await factory.CountResponsesAsync(code));
    }

    [Fact]
    public async Task A_known_response_id_with_other_answers_is_an_error_and_nothing_is_added()
    {
        var code = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(code);
        await ExchangeData.ImportAsync(client, Import(code), Csv(PaperOne));

        var page = await ExchangeData.ImportAsync(client, Import(code), Csv(PaperTwo, PaperOne.Replace(",3,biblio", ",2,biblio")));

        Assert.Contains("row 3", Row(page, 3));
        Assert.Contains("Le numéro de réponse « p-001 » est déjà dans cette collecte avec d'autres réponses.", page.Text);
        Assert.Equal(1, await factory.CountResponsesAsync(code));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "wrong columns", Encoding.UTF8.GetBytes("response_id,quartier,audience\r\nx,nord,citizen\r\n"), "Cette colonne manque dans la première ligne." },
        { "bad value", Encoding.UTF8.GetBytes(Csv(PaperOne, "p-003,nord,citizen,fr,,35+,,7,,,")), "La valeur « 7 » est refusée : Choisissez une des réponses proposées." },
        { "duplicate ids", Encoding.UTF8.GetBytes(Csv(PaperOne, PaperOne)), "Le numéro de réponse « p-001 » est déjà à la ligne 2." },
        { "broken quoting", Encoding.UTF8.GetBytes(Csv(PaperOne, "p-004,nord,citizen,fr,,35+,,3,autre,\"Le \"grand\" parc,")), "Guillemets mal placés" },
        { "not utf-8", Encoding.Latin1.GetBytes(Csv("p-005,nord,citizen,fr,,35+,,3,autre,Café,")), "Le fichier n'est pas en UTF-8 : enregistrez-le en « CSV UTF-8 »." },
        { "unknown neighbourhood", Encoding.UTF8.GetBytes(Csv("p-006,ailleurs,citizen,fr,,35+,,3,,,")), "Le quartier « ailleurs » n'est pas un territoire de ce diagnostic." },
        { "wrong audience", Encoding.UTF8.GetBytes(Csv("p-007,nord,partner,fr,,35+,,3,,,")), "Le public « partner » ne correspond pas à celui de la collecte (« citizen »)." },
        { "required missing", Encoding.UTF8.GetBytes(Csv("p-008,nord,citizen,fr,,35+,,,,,")), "Répondez à cette question." },
        { "not relevant", Encoding.UTF8.GetBytes(Csv("p-009,nord,citizen,fr,,35+,,3,parc,Le quai,")), "Cette question ne s'applique pas selon vos réponses précédentes" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_precise_message_and_changes_nothing(string why, byte[] file, string message)
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 2);
        var client = await factory.OrganizerAsync(code);

        var page = await ExchangeData.ImportAsync(client, Import(code), file);

        Assert.True(page.Text.Contains(message), $"{why}: '{message}' not in the page");
        Assert.Contains("id=\"import-errors\"", page.Html);
        Assert.Contains("Rien n'a été importé", page.Text);
        Assert.Equal(2, await factory.CountResponsesAsync(code));
    }

    [Fact]
    public async Task Errors_are_shown_with_row_and_column()
    {
        var code = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(code);

        var page = await ExchangeData.ImportAsync(client, Import(code), Csv(PaperOne, "p-003,nord,citizen,fr,,35+,,7,,,"));

        Assert.Matches("<tr><td>3</td><td>fier</td><td>La valeur « 7 » est refusée : Choisissez une des réponses proposées.</td></tr>", page.Text);
        Assert.DoesNotContain("refused", page.Text);
    }

    public static TheoryData<string, string, string, string> WordedErrors => new()
    {
        { "p-003,nord,citizen,fr,,35+,,7,,,", "fier", "La valeur « 7 » est refusée : Choisissez une des réponses proposées.", "The value “7” is refused: " },
        { "p-004,nord,citoyen,fr,,35+,,3,,,", "audience", "Public « citoyen » inconnu : écrivez citizen ou partner.", "Unknown audience “citoyen”: write citizen or partner." },
        { "p-005,nord,citizen,de,,35+,,3,,,", "language", "Langue « de » inconnue : écrivez fr ou en.", "Unknown language “de”: write fr or en." },
        { "p-006,nord,citizen,fr,hier,35+,,3,,,", "submitted_at", "« hier » n'est pas une date et heure au format ISO 8601", "“hier” is not an ISO 8601 date and time" },
        { "p-007,nord,citizen,fr,,35+,,,,,", "fier", "Répondez à cette question.", "Answer this question." },
        { "p-008,nord,citizen,fr,,35+,,3", "", "La ligne a 8 champs au lieu de 11.", "The line has 8 fields instead of 11." },
    };

    [Theory]
    [MemberData(nameof(WordedErrors))]
    public async Task Errors_name_row_column_and_reason_in_french_and_in_english_with_lang_en(string row, string column, string french, string english)
    {
        var code = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(code);
        var file = Encoding.UTF8.GetBytes(Csv(PaperOne, row));

        var fr = await ExchangeData.UploadAsync(client, Import(code), file);
        var en = await ExchangeData.UploadAsync(client, Import(code) + "?lang=en", file);

        Assert.Contains($"<tr><td>3</td><td>{column}</td><td>{french}", fr.Text);
        Assert.Contains($"<tr><td>3</td><td>{column}</td><td>{english}", en.Text);
        Assert.Contains("Nothing was imported", en.Text);
    }

    [Fact]
    public async Task Only_the_first_200_errors_are_listed_with_the_count_of_the_others()
    {
        var code = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(code);
        var rows = Enumerable.Range(1, 250).Select(i => $"e-{i},nord,citizen,fr,,35+,,9,,,").ToArray();

        var page = await ExchangeData.ImportAsync(client, Import(code), Csv(rows));

        Assert.Contains("250 erreurs dans le fichier", page.Text);
        Assert.Equal(201, page.Html.Split("<tr>").Length - 1);
        Assert.Contains("et 50 autres erreurs", page.Text);
    }

    [Fact]
    public async Task Export_then_import_into_a_new_collecte_gives_the_same_responses()
    {
        var source = await factory.NewCollecteAsync();
        var target = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(source, 12);
        var client = await factory.OrganizerAsync(source, target);
        var export = $"/admin/collectes/{{0}}/export?handler=download&format=wide&separator=semicolon";

        var (_, exported, _, _) = await ExchangeData.DownloadAsync(client, string.Format(export, source));
        var page = await ExchangeData.ImportAsync(client, Import(target), exported);
        var (_, again, _, _) = await ExchangeData.DownloadAsync(client, string.Format(export, target));

        Assert.Contains("12 réponses ajoutées", page.Text);
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(again));
    }

    [Fact]
    public async Task An_empty_upload_asks_for_a_file()
    {
        var code = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(code);

        var page = await ExchangeData.ImportAsync(client, Import(code), []);

        Assert.Contains("Choisissez un fichier CSV", page.Text);
    }

    private static string Row(Respondent.Page page, int row) =>
        page.Html.Contains($"<tr><td>{row}</td>") ? $"row {row}" : "";
}
