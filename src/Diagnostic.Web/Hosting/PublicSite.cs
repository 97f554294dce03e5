namespace Diagnostic.Web.Hosting;

/// <summary>
/// The root setting <c>PublicBaseUrl</c>: the address people type (https://diagnostic.example.org). Every absolute
/// link and QR code is built from it, never from the request's Host header, which anyone can forge.
/// </summary>
public sealed class PublicSite
{
    public const string Key = "PublicBaseUrl";

    private string? _publicBaseUrl;
    private (Uri? Uri, string? Text)? _parsed;

    public string? PublicBaseUrl
    {
        get => _publicBaseUrl;
        set => (_publicBaseUrl, _parsed) = (value, null);
    }

    /// <summary>The configured address without a trailing slash, or null when unset (allowed in Development only).</summary>
    public Uri? BaseUri => Parsed.Uri;

    /// <summary>"https://host[:port][/path]" with no trailing slash, ready to append "/s/code".</summary>
    public string? BaseText => Parsed.Text;

    // Parsed once: every answer page writes the resume address (issue 16).
    private (Uri? Uri, string? Text) Parsed => _parsed ??= Uri.TryCreate(PublicBaseUrl?.Trim(), UriKind.Absolute, out var uri)
        ? (uri, uri.GetLeftPart(UriPartial.Path).TrimEnd('/'))
        : (null, null);
}
