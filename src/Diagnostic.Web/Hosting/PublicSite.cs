namespace Diagnostic.Web.Hosting;

/// <summary>
/// The root setting <c>PublicBaseUrl</c>: the address people type (https://diagnostic.example.org). Every absolute
/// link and QR code is built from it, never from the request's Host header, which anyone can forge.
/// </summary>
public sealed class PublicSite
{
    public const string Key = "PublicBaseUrl";

    public string? PublicBaseUrl { get; set; }

    /// <summary>The configured address without a trailing slash, or null when unset (allowed in Development only).</summary>
    public Uri? BaseUri => Uri.TryCreate(PublicBaseUrl?.Trim(), UriKind.Absolute, out var uri) ? uri : null;

    /// <summary>"https://host[:port][/path]" with no trailing slash, ready to append "/s/code".</summary>
    public string? BaseText => BaseUri is { } uri ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/') : null;
}
