using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>The territory overview: participation, the heatmap of dimension scores, forces and défis across neighbourhoods.</summary>
public sealed class IndexModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access, IStringLocalizer<PortraitText> words)
    : PortraitPageModel(db, portraits, access)
{
    public OverviewView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused) return refused;
        View = OverviewViews.Get(Portrait, Language, words, await Territory.CollecteCensuses.FindAsync(Db, Collecte, cancellationToken));
        return Page();
    }
}
