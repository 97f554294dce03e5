using System.Security.Cryptography;
using System.Text;
using Diagnostic.Core.Maps;
using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>
/// The territory's choropleth as a PNG: /portrait/{code}/carte.png?carte=participation. The same layout as the SVG,
/// rasterised once and kept with the portrait version like the charts' drawings (dropped with it); the key is the
/// drawing itself, so new boundaries or indicators give a new image, never a stale one.
/// </summary>
public sealed class MapPngModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access, TerritoryMaps maps)
    : MapFilePageModel(db, portraits, access, maps)
{
    public Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = TerritoryMaps.Query)] string? measure, CancellationToken cancellationToken) =>
        ServeAsync(code, measure, "png", "image/png", view => view.Drawing is { } drawing
            ? Portrait.Derived("map-png|" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(view.Svg))), () => MapPng.Write(drawing))
            : null, cancellationToken);
}
