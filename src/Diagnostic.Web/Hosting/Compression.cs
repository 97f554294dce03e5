using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Hosting;

/// <summary>
/// Brotli and gzip for what is safe to compress (issue 16). BREACH recovers a secret from the compressed size of a
/// response that also reflects what an attacker sends, so a response is compressed only when it carries no secret:
/// style sheets, scripts and chart drawings (data, no token, no input echoed); and the public pages listed in
/// <see cref="PublicPages"/> read by someone not signed in (a signed-in reader's page holds the sign-out form's
/// antiforgery token) that set no cookie. Everything else, forms first, goes out as is.
/// </summary>
public static class Compression
{
    /// <summary>Pages without a form, whose only input is a code or a neighbourhood that must exist to be shown.</summary>
    private static readonly string[] PublicPages = ["/portrait", "/bilan"];

    private static readonly string[] AlwaysSafe = ["text/css", "text/javascript", "application/javascript", "image/svg+xml"];

    public static IServiceCollection AddDiagnosticCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. AlwaysSafe, "text/html"];
        });
        // Fast levels: a chart or a page is compressed on each request, and the machine is shared with the submissions.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider>(provider => new BreachSafeProvider(
            new ResponseCompressionProvider(provider, provider.GetRequiredService<IOptions<ResponseCompressionOptions>>())));
        return services;
    }

    public static IApplicationBuilder UseDiagnosticCompression(this IApplicationBuilder app) => app.UseResponseCompression();

    /// <summary>Whether this response may be compressed without BREACH: see <see cref="Compression"/>.</summary>
    public static bool IsBreachSafe(HttpContext context)
    {
        var type = context.Response.ContentType?.Split(';')[0].Trim() ?? "";
        if (AlwaysSafe.Contains(type, StringComparer.OrdinalIgnoreCase)) return true;
        return type.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            && HttpMethods.IsGet(context.Request.Method)
            && context.User.Identity?.IsAuthenticated != true
            && !context.Response.Headers.ContainsKey("Set-Cookie")
            && PublicPages.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.Ordinal));
    }

    /// <summary>The framework's provider (encoding negotiation, types), asked only for responses that are safe.</summary>
    private sealed class BreachSafeProvider(ResponseCompressionProvider inner) : IResponseCompressionProvider
    {
        public ICompressionProvider? GetCompressionProvider(HttpContext context) => inner.GetCompressionProvider(context);

        public bool ShouldCompressResponse(HttpContext context) => IsBreachSafe(context) && inner.ShouldCompressResponse(context);

        public bool CheckRequestAcceptsCompression(HttpContext context) => inner.CheckRequestAcceptsCompression(context);
    }
}
