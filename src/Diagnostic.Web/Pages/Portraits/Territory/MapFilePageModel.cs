using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>
/// The territory's choropleth as a file (SVG or PNG), in the page's language, the measure chosen with ?carte=: same
/// access as its portrait, 404 without boundaries, named after the collecte and the measure.
/// </summary>
public abstract class MapFilePageModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access, TerritoryMaps maps)
    : PortraitPageModel(db, portraits, access)
{
    protected async Task<IActionResult> ServeAsync(
        string code, string? measure, string extension, string contentType, Func<MapView, byte[]?> content, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused) return refused;
        if (await maps.BuildAsync(Portrait, measure, cancellationToken) is not { } view || content(view) is not { } bytes) return NotFound();
        return File(bytes, contentType, $"{Code}-carte-{view.Key.Replace(':', '-')}.{extension}");
    }
}
