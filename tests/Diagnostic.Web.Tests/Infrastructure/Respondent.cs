using System.Net;
using System.Text.RegularExpressions;

namespace Diagnostic.Web.Tests.Infrastructure;

/// <summary>One person with a browser-like client (cookies, redirects) who reads forms and posts them with their antiforgery token.</summary>
public sealed partial class Respondent(HttpClient client, string code = DiagnosticWebFactory.OpenCode)
{
    public sealed record Page(HttpStatusCode Status, string Html, string Path)
    {
        public string Text => WebUtility.HtmlDecode(Html);
        public string? Token => TokenPattern().Match(Html) is { Success: true } m ? m.Groups[1].Value : null;
        public string? Hidden(string name) =>
            Regex.Match(Html, $"name=\"{name}\" value=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;
    }

    public HttpClient Client => client;
    public string Code => code;

    public async Task<Page> GetAsync(string path)
    {
        using var response = await client.GetAsync(path);
        return await ReadAsync(response);
    }

    /// <summary>GETs the form at <paramref name="path"/>, then posts the fields with its token.</summary>
    public async Task<Page> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        var form = await GetAsync(path);
        return await PostWithTokenAsync(path, form.Token, fields);
    }

    public async Task<Page> PostWithTokenAsync(string path, string? token, params (string Name, string Value)[] fields)
    {
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null) all.Add(new("__RequestVerificationToken", token));
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(all));
        return await ReadAsync(response);
    }

    /// <summary>Opens the kiosk's start page and presses its button; the raw answer (its cookies, its redirect).</summary>
    public async Task<HttpResponseMessage> StartKioskAsync()
    {
        var start = await GetAsync($"/kiosque/{code}");
        return await client.PostAsync($"/kiosque/{code}",
            new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", start.Token ?? "")]));
    }

    public Task<Page> ConsentAsync() => PostAsync($"/s/{code}", ("Consent", "true"), ("AgeConfirmed", "true"));

    public async Task<Page> StartAsync(string neighbourhood = "nord")
    {
        await ConsentAsync();
        return await PostAsync($"/s/{code}/quartier", ("neighbourhood", neighbourhood));
    }

    public Task<Page> StepAsync(int number, params (string Name, string Value)[] fields) =>
        PostAsync($"/s/{code}/etape/{number}", fields);

    /// <summary>Answers every section with valid answers and lands on the review page.</summary>
    public async Task<Page> AnswerAllAsync()
    {
        await StartAsync();
        await StepAsync(1, ("q-age", "14-34"), ("q-annees", "12"));
        await StepAsync(2, ("q-fier", "3"), ("q-lieux", "parc"), ("q-lieux", "autre"), ("q-lieux_autre", "Le marché"));
        return await StepAsync(3, ("q-top-1", "transport"), ("q-top-2", "logement"));
    }

    public async Task<Page> CompleteAsync()
    {
        await AnswerAllAsync();
        return await PostAsync($"/s/{code}/verification");
    }

    private static async Task<Page> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        await response.Content.ReadAsStringAsync(),
        response.RequestMessage?.RequestUri?.AbsolutePath ?? "");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
