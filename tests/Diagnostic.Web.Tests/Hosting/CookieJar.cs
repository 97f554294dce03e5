namespace Diagnostic.Web.Tests.Hosting;

/// <summary>
/// Keeps cookies whatever their Secure flag (the requests are plain HTTP behind a pretend TLS proxy) and records every
/// Set-Cookie line as the app wrote it, to read its attributes.
/// </summary>
public sealed class CookieJar(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly Dictionary<string, string> cookies = [];

    public List<string> SetCookies { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await base.SendAsync(request, cancellationToken);
        foreach (var line in response.Headers.TryGetValues("Set-Cookie", out var lines) ? lines : [])
        {
            SetCookies.Add(line);
            var pair = line.Split(';')[0];
            var equals = pair.IndexOf('=');
            cookies[pair[..equals]] = pair[(equals + 1)..];
        }
        return response;
    }
}
