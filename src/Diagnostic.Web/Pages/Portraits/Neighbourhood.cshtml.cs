using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>The portrait of one neighbourhood against the territory.</summary>
public sealed class NeighbourhoodModel(DiagnosticDbContext db, SessionPortraits portraits, PortraitAccess access, IStringLocalizer<PortraitText> text)
    : PortraitPageModel(db, portraits, access)
{
    public NeighbourhoodView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, string neighbourhood, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken)) return NotFound();
        if (Collecte.Find(neighbourhood) is not { } found) return NotFound();
        View = NeighbourhoodViews.Get(Portrait, found, Language, text);
        return Page();
    }
}
