namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>The addresses printed on posters and shared: absolute, from the address the organisatrice is using.</summary>
public static class PublicLinks
{
    public const string NeighbourhoodQueryKey = "quartier";

    public static string Collecte(HttpRequest request, string code) => $"{Base(request)}/s/{code}";

    /// <summary>Opens the collecte with this neighbourhood already chosen.</summary>
    public static string Neighbourhood(HttpRequest request, string code, string neighbourhoodCode) =>
        $"{Collecte(request, code)}?{NeighbourhoodQueryKey}={Uri.EscapeDataString(neighbourhoodCode)}";

    public static string Kiosk(HttpRequest request, string code) => $"{Base(request)}/kiosque/{code}";

    private static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
