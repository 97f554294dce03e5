using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Exchange;

/// <summary>Collectes and responses for the exchange, partners and retention tests, each test on its own collecte.</summary>
public static class ExchangeData
{
    public const string WideHeader = "response_id,neighbourhood,audience,language,submitted_at,age,annees,fier,lieux,lieux_autre,top";

    /// <summary>A new open citizen collecte on the test questionnaire (nord, sud), with a unique code.</summary>
    public static async Task<string> NewCollecteAsync(this DiagnosticWebFactory factory, string prefix = "c")
    {
        await factory.SeedAsync();
        var code = $"{prefix}-{Guid.NewGuid():N}"[..20];
        await factory.AddCollecteAsync(code, TestQuestionnaire.Yaml);
        return code;
    }

    /// <summary>Submitted web responses with valid, varied answers; ids r1..rN.</summary>
    public static Task AddResponsesAsync(this DiagnosticWebFactory factory, string code, int count) => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.Include(s => s.Snapshot).SingleAsync(s => s.PublicCode == code);
        for (var i = 1; i <= count; i++)
        {
            var answers = new Dictionary<string, string> { ["age"] = i % 2 == 0 ? "35+" : "14-34", ["fier"] = (1 + i % 4).ToString() };
            if (i % 3 == 0) answers["annees"] = (i * 2).ToString();
            if (i % 4 == 0)
            {
                answers["lieux"] = "parc|autre";
                answers["lieux_autre"] = "Le marché, \"public\"";
            }
            if (i % 5 == 0) answers["top"] = "transport>logement";
            db.Responses.Add(new Response
            {
                PublicId = "r" + i,
                CollecteId = collecte.Id,
                NeighbourhoodCode = i % 2 == 0 ? "nord" : "sud",
                Audience = Audience.Citizen,
                Language = i % 7 == 0 ? "en" : "fr",
                Channel = ResponseChannel.Web,
                StartedAt = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(-4)),
                SubmittedAt = new DateTimeOffset(2026, 5, 1, 10, i, 0, TimeSpan.FromHours(-4)),
                QuestionnaireHash = collecte.Snapshot!.Hash,
                Status = ResponseStatus.Submitted,
                Answers = answers,
            });
        }
        return await db.SaveChangesAsync();
    });

    public static Task<int> CountResponsesAsync(this DiagnosticWebFactory factory, string code) =>
        factory.WithDbAsync(db => db.Responses.CountAsync(r => r.Collecte!.PublicCode == code));

    public static Task<int> CollecteIdAsync(this DiagnosticWebFactory factory, string code) =>
        factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == code).Select(s => s.Id).SingleAsync());

    /// <summary>Posts a file to a form page with its antiforgery token, as the browser's file input does.</summary>
    public static async Task<Respondent.Page> UploadAsync(HttpClient client, string path, byte[] content, string fileName = "reponses.csv")
    {
        var form = await new Respondent(client).GetAsync(path);
        using var body = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "Upload", fileName);
        body.Add(new StringContent(form.Token ?? ""), "__RequestVerificationToken");
        using var response = await client.PostAsync(path, body);
        return new Respondent.Page(response.StatusCode, await response.Content.ReadAsStringAsync(),
            response.RequestMessage?.RequestUri?.AbsolutePath ?? "");
    }

    public static Task<Respondent.Page> UploadAsync(HttpClient client, string path, string csv) =>
        UploadAsync(client, path, Encoding.UTF8.GetBytes(csv));

    /// <summary>The response import as the organisatrice does it: upload, then confirm the preview when there is one.</summary>
    public static async Task<Respondent.Page> ImportAsync(HttpClient client, string path, byte[] content)
    {
        var preview = await UploadAsync(client, path, content);
        if (!preview.Html.Contains("id=\"import-confirm\"")) return preview;
        return await new Respondent(client).PostWithTokenAsync(path + "?handler=Confirm", preview.Token, ("Token", preview.Hidden("Token")!));
    }

    public static Task<Respondent.Page> ImportAsync(HttpClient client, string path, string csv) =>
        ImportAsync(client, path, Encoding.UTF8.GetBytes(csv));

    public static async Task<(HttpStatusCode Status, byte[] Body, string? FileName, string? ContentType)> DownloadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, body, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'),
            response.Content.Headers.ContentType?.MediaType);
    }
}
