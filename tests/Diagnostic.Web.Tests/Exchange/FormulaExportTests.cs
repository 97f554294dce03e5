using System.Net;
using System.Text;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Exchange;

/// <summary>Issue 11, finding 2: no export writes a citizen's free text as a formula, and import gives the text back.</summary>
public sealed class FormulaExportTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private static string Download(string code, string format, string separator) =>
        $"/admin/collectes/{code}/export?handler=download&format={format}&separator={separator}";

    private static string Text(byte[] body, string separator)
    {
        Assert.Equal(separator == "semicolon", body.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]));
        return Encoding.UTF8.GetString(separator == "semicolon" ? body[3..] : body);
    }

    [Theory]
    [InlineData("comma", ',')]
    [InlineData("semicolon", ';')]
    public async Task The_wide_export_neutralises_formula_answers_and_leaves_codes_and_numbers_alone(string separator, char s)
    {
        var code = await factory.NewFormulaCollecteAsync();
        await factory.AddFormulaResponsesAsync(code);
        var client = await factory.OrganizerAsync(code);

        var (status, body, _, _) = await ExchangeData.DownloadAsync(client, Download(code, "wide", separator));

        Assert.Equal(HttpStatusCode.OK, status);
        var expected = new StringBuilder($"response_id{s}neighbourhood{s}audience{s}language{s}submitted_at{s}choix{s}idee{s}solde\r\n");
        for (var i = 0; i < FormulaData.Written.Length; i++)
            expected.Append($"f{i}{s}nord{s}citizen{s}fr{s}2026-05-01T10:0{i}:00-04:00{s}-1{s}{FormulaData.Written[i]}{s}-2\r\n");
        Assert.Equal(expected.ToString(), Text(body, separator));
    }

    [Theory]
    [InlineData("comma", ',')]
    [InlineData("semicolon", ';')]
    public async Task The_long_export_neutralises_formula_answers_and_leaves_codes_and_numbers_alone(string separator, char s)
    {
        var code = await factory.NewFormulaCollecteAsync();
        await factory.AddFormulaResponsesAsync(code);
        var client = await factory.OrganizerAsync(code);

        var (_, body, _, _) = await ExchangeData.DownloadAsync(client, Download(code, "long", separator));

        var expected = new StringBuilder($"response_id{s}neighbourhood{s}audience{s}question_id{s}value\r\n");
        for (var i = 0; i < FormulaData.Written.Length; i++)
        {
            expected.Append($"f{i}{s}nord{s}citizen{s}choix{s}-1\r\n");
            expected.Append($"f{i}{s}nord{s}citizen{s}idee{s}{FormulaData.Written[i]}\r\n");
            expected.Append($"f{i}{s}nord{s}citizen{s}solde{s}-2\r\n");
        }
        Assert.Equal(expected.ToString(), Text(body, separator));
    }

    [Theory]
    [InlineData("comma")]
    [InlineData("semicolon")]
    public async Task Export_then_web_import_then_export_is_byte_identical_and_stores_the_text_as_typed(string separator)
    {
        var source = await factory.NewFormulaCollecteAsync();
        var target = await factory.NewFormulaCollecteAsync();
        await factory.AddFormulaResponsesAsync(source);
        var client = await factory.OrganizerAsync(source, target);

        var (_, first, _, _) = await ExchangeData.DownloadAsync(client, Download(source, "wide", separator));
        var page = await ExchangeData.ImportAsync(client, $"/admin/collectes/{target}/import", first);
        var (_, again, _, _) = await ExchangeData.DownloadAsync(client, Download(target, "wide", separator));

        Assert.Contains($"{FormulaData.Typed.Length} réponses ajoutées", page.Text);
        Assert.Equal(FormulaData.Typed, await factory.StoredIdeasAsync(target));
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task A_citizen_who_types_a_tab_before_a_formula_keeps_it_and_the_export_neutralises_it()
    {
        var code = await factory.NewFormulaCollecteAsync();
        var person = new Respondent(factory.NewClient(), code);
        await person.StartAsync();
        await person.StepAsync(1, ("q-choix", "+1"), ("q-idee", "\t=1+1  "), ("q-solde", "-2"));
        var thanks = await person.PostAsync($"/s/{code}/verification");
        var client = await factory.OrganizerAsync(code);

        var (_, body, _, _) = await ExchangeData.DownloadAsync(client, Download(code, "wide", "comma"));

        Assert.Equal($"/s/{code}/merci", thanks.Path);
        var stored = await factory.WithDbAsync(db => db.Responses.SingleAsync(r => r.Collecte!.PublicCode == code));
        Assert.Equal("\t=1+1", stored.Answers["idee"]);
        Assert.EndsWith(",+1,'\t=1+1,-2\r\n", Encoding.UTF8.GetString(body));
    }
}
