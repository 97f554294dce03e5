using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Diagnostic.Benchmarks.Load;

/// <summary>
/// One person answering the collecte in their own browser (own cookies), page by page as the answer pages expect:
/// each form is read (antiforgery token, submission key) then posted, and each post must redirect to the next page.
/// Submit returns once the review's post has redirected to the thank-you page: the server has acknowledged it.
/// Anything else throws <see cref="UnexpectedAnswer"/>, or the HTTP client's error while the server is down.
/// </summary>
internal sealed partial class Citizen(HttpClient client, string code, Latencies latencies)
{
    private readonly CookieContainer cookies = new();

    public sealed class UnexpectedAnswer(string message) : Exception(message);

    public async Task SubmitAsync(string neighbourhood, IReadOnlyList<List<KeyValuePair<string, string>>> sections, CancellationToken ct)
    {
        var start = $"/s/{code}";
        await AnswerPageAsync("accueil", start, [new("Consent", "true"), new("AgeConfirmed", "true")], $"{start}/quartier", ct);
        await AnswerPageAsync("quartier", $"{start}/quartier", [new("neighbourhood", neighbourhood)], $"{start}/etape/1", ct);
        for (var number = 1; number <= sections.Count; number++)
        {
            var next = number < sections.Count ? $"{start}/etape/{number + 1}" : $"{start}/verification";
            await AnswerPageAsync("etape", $"{start}/etape/{number}", sections[number - 1], next, ct);
        }
        await AnswerPageAsync("verification", $"{start}/verification", [], $"{start}/merci", ct);
    }

    /// <summary>The thank-you page the browser shows next; not part of the acknowledgement.</summary>
    public async Task ThankYouAsync(CancellationToken ct)
    {
        using var response = await SendAsync("GET merci", HttpMethod.Get, $"/s/{code}/merci", null, ct);
        if (response.StatusCode != HttpStatusCode.OK) throw new UnexpectedAnswer($"GET merci: {(int)response.StatusCode}");
    }

    private async Task AnswerPageAsync(
        string page, string path, List<KeyValuePair<string, string>> fields, string expectedNext, CancellationToken ct)
    {
        string html;
        using (var form = await SendAsync("GET " + page, HttpMethod.Get, path, null, ct))
        {
            if (form.StatusCode != HttpStatusCode.OK) throw new UnexpectedAnswer($"GET {page}: {(int)form.StatusCode}");
            html = await form.Content.ReadAsStringAsync(ct);
        }
        var posted = new List<KeyValuePair<string, string>>(fields)
        {
            new("__RequestVerificationToken", TokenPattern().Match(html) is { Success: true } token
                ? token.Groups[1].Value
                : throw new UnexpectedAnswer($"GET {page}: no antiforgery token")),
        };
        if (SubmissionKeyPattern().Match(html) is { Success: true } key) posted.Add(new("SubmissionKey", key.Groups[1].Value));
        using var answer = await SendAsync("POST " + page, HttpMethod.Post, path, new FormUrlEncodedContent(posted), ct);
        var location = answer.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0]) : null;
        if (answer.StatusCode != HttpStatusCode.Redirect || location != expectedNext)
            throw new UnexpectedAnswer($"POST {page}: {(int)answer.StatusCode} {location}".TrimEnd());
    }

    private async Task<HttpResponseMessage> SendAsync(string page, HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        var uri = new Uri(client.BaseAddress!, path);
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (cookies.GetCookieHeader(uri) is { Length: > 0 } header) request.Headers.Add("Cookie", header);
        var clock = Stopwatch.StartNew();
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        latencies.Add(page, clock.Elapsed.TotalMilliseconds);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
            foreach (var value in values) cookies.SetCookies(uri, value);
        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"SubmissionKey\" value=\"([^\"]*)\"")]
    private static partial Regex SubmissionKeyPattern();
}
