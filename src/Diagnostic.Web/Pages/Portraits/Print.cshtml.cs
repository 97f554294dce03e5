using Diagnostic.Data;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// The « Portrait partagé »: one printable document, a cover, the territory, then one section per neighbourhood.
/// Served from the last built copy (<see cref="PrintedPortraits"/>), with the time it was built; the reader's access
/// is decided on each request, and companion collectes' readings are shown only to readers allowed to see them.
/// </summary>
public sealed class PrintModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access, PrintedPortraits printed)
    : PortraitPageModel(db, portraits, access)
{
    private readonly DiagnosticDbContext _db = db;
    private readonly PortraitAccess _access = access;

    public OverviewView Overview { get; private set; } = null!;
    public IReadOnlyList<NeighbourhoodView> Neighbourhoods { get; private set; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<AudienceReading>> Readings { get; private set; } = new Dictionary<string, IReadOnlyList<AudienceReading>>();

    /// <summary>When the copy served was built: « Portrait du 6 décembre 2026 à 14 h 05 » (<see cref="QuebecTimeText"/>).</summary>
    public DateTimeOffset BuiltAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var (refused, stamp) = await DecideAsync(code, cancellationToken);
        if (refused is not null) return refused;
        var copy = await printed.GetAsync(stamp!, Language, cancellationToken);
        Use(copy.Portrait);
        Overview = copy.Overview;
        Neighbourhoods = copy.Neighbourhoods;
        BuiltAt = copy.BuiltAt;
        var allowed = new List<PrintedCompanion>();
        foreach (var companion in copy.Companions)
        {
            if (await PortraitCache.StampAsync(_db, companion.Code, cancellationToken) is { } companionStamp
                && await _access.AllowsAsync(User, companionStamp, cancellationToken))
                allowed.Add(companion);
        }
        Readings = Neighbourhoods.ToDictionary(
            hood => hood.Neighbourhood.Code,
            hood => (IReadOnlyList<AudienceReading>)[.. hood.OtherAudiences, .. allowed.Select(c => c.ByNeighbourhood[hood.Neighbourhood.Code])]);
        return Page();
    }
}
