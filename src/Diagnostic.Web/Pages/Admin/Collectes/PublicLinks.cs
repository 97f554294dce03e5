using Diagnostic.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>
/// The addresses printed on posters and shared: absolute, from the PublicBaseUrl setting. Only in Development,
/// where that setting may be empty, the address the organisatrice is using stands in for it.
/// </summary>
public sealed class PublicLinks(IOptions<PublicSite> site)
{
    public const string NeighbourhoodQueryKey = "quartier";

    public string Collecte(HttpRequest request, string code) => $"{Base(request)}/s/{code}";

    /// <summary>Opens the collecte with this neighbourhood already chosen.</summary>
    public string Neighbourhood(HttpRequest request, string code, string neighbourhoodCode) =>
        $"{Collecte(request, code)}?{NeighbourhoodQueryKey}={Uri.EscapeDataString(neighbourhoodCode)}";

    public string Kiosk(HttpRequest request, string code) => $"{Base(request)}/kiosque/{code}";

    /// <summary>Where a citizen comes back with a resume code.</summary>
    public string Resume(HttpRequest request, string code) => $"{Collecte(request, code)}/reprendre";

    /// <summary>A public portrait, or one neighbourhood's page of it (printed on the paper portrait).</summary>
    public string Portrait(HttpRequest request, string code, string? neighbourhoodCode = null) =>
        $"{Base(request)}/portrait/{Uri.EscapeDataString(code)}"
        + (neighbourhoodCode is null ? "" : $"/quartier/{Uri.EscapeDataString(neighbourhoodCode)}");

    private string Base(HttpRequest request) =>
        site.Value.BaseText ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
}
