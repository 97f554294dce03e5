using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>Printable posters: one for the collecte, then one per neighbourhood whose QR code pre-selects it.</summary>
public sealed class PosterModel(OrganizerCollectes collectes, PublicLinks links) : CollectePageModel(collectes)
{
    public sealed record Sheet(string? NeighbourhoodName, string Url, string Svg);

    public List<Sheet> Sheets { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var main = links.Collecte(Request, Collecte.PublicCode);
        Sheets.Add(new Sheet(null, main, QrSvg.Render(main)));
        foreach (var n in SortedNeighbourhoods)
        {
            var url = links.Neighbourhood(Request, Collecte.PublicCode, n.Territory!.Code);
            Sheets.Add(new Sheet(n.Territory.Name, url, QrSvg.Render(url)));
        }
        return Page();
    }
}
