using System.Net;
using System.Text;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Exchange;

public sealed class ExportTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static string Download(string code, string format, string separator) =>
        $"/admin/collectes/{code}/export?handler=download&format={format}&separator={separator}";

    [Fact]
    public async Task Wide_comma_export_is_the_contract_header_then_one_row_per_submitted_response()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 4);
        var client = await factory.OrganizerAsync(code);

        var (status, body, name, type) = await ExchangeData.DownloadAsync(client, Download(code, "wide", "comma"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", type);
        Assert.Matches($"^{code}-reponses-\\d{{4}}-\\d{{2}}-\\d{{2}}\\.csv$", name);
        Assert.False(body.AsSpan().StartsWith(Bom));
        var lines = Encoding.UTF8.GetString(body).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExchangeData.WideHeader, lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Equal("r1,sud,citizen,fr,2026-05-01T10:01:00-04:00,14-34,,2,,,", lines[1]);
        Assert.Equal("r4,nord,citizen,fr,2026-05-01T10:04:00-04:00,35+,,1,parc|autre,\"Le marché, \"\"public\"\"\",", lines[4]);
    }

    [Fact]
    public async Task Semicolon_export_for_french_excel_starts_with_a_byte_order_mark()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 4);
        var client = await factory.OrganizerAsync(code);

        var (status, body, _, _) = await ExchangeData.DownloadAsync(client, Download(code, "wide", "semicolon"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.AsSpan().StartsWith(Bom));
        var lines = Encoding.UTF8.GetString(body[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExchangeData.WideHeader.Replace(',', ';'), lines[0]);
        Assert.Equal("r4;nord;citizen;fr;2026-05-01T10:04:00-04:00;35+;;1;parc|autre;\"Le marché, \"\"public\"\"\";", lines[4]);
    }

    [Fact]
    public async Task Long_export_has_one_row_per_answer()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 3);
        var client = await factory.OrganizerAsync(code);

        var (_, body, name, _) = await ExchangeData.DownloadAsync(client, Download(code, "long", "comma"));

        Assert.StartsWith($"{code}-reponses-long-", name);
        var lines = Encoding.UTF8.GetString(body).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // r1: age, fier; r2: age, fier; r3: age, annees, fier.
        Assert.Equal(
        [
            "response_id,neighbourhood,audience,question_id,value",
            "r1,sud,citizen,age,14-34", "r1,sud,citizen,fier,2",
            "r2,nord,citizen,age,35+", "r2,nord,citizen,fier,3",
            "r3,sud,citizen,age,14-34", "r3,sud,citizen,annees,6", "r3,sud,citizen,fier,4",
        ], lines);
    }

    [Fact]
    public async Task Codebook_lists_every_column_with_labels_codes_scale_and_reverse()
    {
        var code = await factory.NewCollecteAsync();
        var client = await factory.OrganizerAsync(code);

        var (_, body, name, _) = await ExchangeData.DownloadAsync(client, Download(code, "codebook", "comma"));

        Assert.StartsWith($"{code}-codebook-", name);
        var lines = Encoding.UTF8.GetString(body).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("name,section,type,label_fr,label_en,codes_fr,codes_en,scale,reverse,required,relevant", lines[0]);
        Assert.Equal(ExchangeData.WideHeader.Split(','), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Contains("fier,vie,scale,Je suis fier de mon quartier.,I am proud of my neighbourhood.,"
            + "1=Pas du tout d'accord | 2=Plutôt pas d'accord | 3=Plutôt d'accord | 4=Tout à fait d'accord | NSP=Je ne sais pas,"
            + "1=Strongly disagree | 2=Somewhat disagree | 3=Somewhat agree | 4=Strongly agree | NSP=I don't know,accord4,false,true,", lines);
        Assert.Contains("lieux_autre,vie,text,Lequel?,Which one?,,,,,false,lieux contains 'autre'", lines);
    }

    [Fact]
    public async Task The_export_page_lists_the_downloads_and_the_count()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 2);
        var client = await factory.OrganizerAsync(code);

        var page = await new Respondent(client).GetAsync($"/admin/collectes/{code}/export");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("2 réponses envoyées", page.Text);
        Assert.Contains("id=\"export-long-semicolon\"", page.Html);
    }

    [Fact]
    public async Task An_unknown_collecte_is_not_found()
    {
        var client = await factory.OrganizerAsync();

        var (status, _, _, _) = await ExchangeData.DownloadAsync(client, Download("inconnue", "wide", "comma"));

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
