using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>The portrait of one neighbourhood against the territory.</summary>
public sealed class NeighbourhoodModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access, IStringLocalizer<PortraitText> words, CompanionReadings companions)
    : PortraitPageModel(db, portraits, access)
{
    public NeighbourhoodView View { get; private set; } = null!;

    /// <summary>Other audiences' readings: of this collecte, then of the territory's other collectes.</summary>
    public IReadOnlyList<AudienceReading> Readings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string neighbourhood, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused) return refused;
        if (Collecte.Find(neighbourhood) is not { } found) return NotFound();
        View = NeighbourhoodViews.Get(Portrait, found, Language, words);
        Readings = [.. View.OtherAudiences, .. await companions.ForAsync(Collecte, found.Code, User, Language, words, cancellationToken)];
        return Page();
    }
}
