using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>The « Portrait partagé »: one printable document, a cover, the territory, then one section per neighbourhood.</summary>
public sealed class PrintModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access, IStringLocalizer<PortraitText> words, CompanionReadings companions)
    : PortraitPageModel(db, portraits, access)
{
    public OverviewView Overview { get; private set; } = null!;
    public IReadOnlyList<NeighbourhoodView> Neighbourhoods { get; private set; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<AudienceReading>> Readings { get; private set; } = new Dictionary<string, IReadOnlyList<AudienceReading>>();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused) return refused;
        Overview = OverviewViews.Get(Portrait, Language, words);
        Neighbourhoods = Collecte.Neighbourhoods.Select(n => NeighbourhoodViews.Get(Portrait, n, Language, words)).ToList();
        var readings = new Dictionary<string, IReadOnlyList<AudienceReading>>();
        foreach (var hood in Neighbourhoods)
        {
            var hoodCode = hood.Neighbourhood.Code;
            readings[hoodCode] = [.. hood.OtherAudiences, .. await companions.ForAsync(Collecte, hoodCode, User, Language, words, cancellationToken)];
        }
        Readings = readings;
        return Page();
    }
}
