using System.Text;
using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>The territory's choropleth as an SVG file: /portrait/{code}/carte.svg?carte=participation.</summary>
public sealed class MapSvgModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access, TerritoryMaps maps)
    : MapFilePageModel(db, portraits, access, maps)
{
    public Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = TerritoryMaps.Query)] string? measure, CancellationToken cancellationToken) =>
        ServeAsync(code, measure, "svg", "image/svg+xml",
            view => Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + view.Svg), cancellationToken);
}
