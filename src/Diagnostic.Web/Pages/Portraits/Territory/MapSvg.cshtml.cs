using System.Text;
using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>The territory's choropleth as an SVG file, in the page's language: /portrait/{code}/carte.svg?carte=participation.</summary>
public sealed class MapSvgModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access, TerritoryMaps maps)
    : PortraitPageModel(db, portraits, access)
{
    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = TerritoryMaps.Query)] string? measure, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused) return refused;
        if (await maps.BuildAsync(Portrait, measure, cancellationToken) is not { } view) return NotFound();
        var name = $"{Code}-carte-{view.Key.Replace(':', '-')}.svg";
        return File(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + view.Svg), "image/svg+xml", name);
    }
}
