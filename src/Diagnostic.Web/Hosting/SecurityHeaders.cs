namespace Diagnostic.Web.Hosting;

/// <summary>
/// Headers on every response (pages, static files, error pages): what the browser may load, run and send.
/// Set when the response starts, so the exception handler's Response.Clear() cannot drop them.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// No inline script or style at all: scripts live in wwwroot/js, styles in wwwroot/css, bars are SVG attributes.
    /// The inline SVG charts (ScottPlot) and QR codes use presentation attributes (fill, stroke), which CSP does not
    /// treat as inline styles, so style-src needs no 'unsafe-inline'. img-src allows data: for the comité's chart
    /// images rendered as data URLs. frame-ancestors 'none': no site may frame a page (clickjacking).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy(context.Request.Path);
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>
    /// A collecte's pages carry its code and a citizen's progress in their address: never send it to another site.
    /// Elsewhere other sites learn only the origin.
    /// </summary>
    public static string ReferrerPolicy(PathString path) =>
        path.StartsWithSegments("/s") || path.StartsWithSegments("/kiosque") ? "no-referrer" : "strict-origin-when-cross-origin";
}
