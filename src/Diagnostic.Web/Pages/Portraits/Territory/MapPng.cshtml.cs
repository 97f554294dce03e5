using System.Security.Cryptography;
using System.Text;
using Diagnostic.Core.Maps;
using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>
/// The territory's choropleth as a PNG, in the page's language: /portrait/{code}/carte.png?carte=participation. The
/// same layout as the SVG, rasterised once and kept with the portrait version like the charts' drawings (dropped with
/// it); the key is the drawing itself, so new boundaries or indicators give a new image without a stale one.
/// </summary>
public sealed class MapPngModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access, TerritoryMaps maps)
    : PortraitPageModel(db, portraits, access)
{
    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = TerritoryMaps.Query)] string? measure, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused) return refused;
        if (await maps.BuildAsync(Portrait, measure, cancellationToken) is not { Drawing: { } drawing } view) return NotFound();
        var key = "map-png|" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(view.Svg)));
        var png = Portrait.Derived(key, () => MapPng.Write(drawing));
        return File(png, "image/png", $"{Code}-carte-{view.Key.Replace(':', '-')}.png");
    }
}
