using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// One built copy of the printable portrait of a collecte in one language: the portrait version it rests on, the
/// views the page renders, the companion collectes' readings (shown per request only to readers allowed to see them),
/// and when it was built (shown on the page). Built by <see cref="PrintedPortraits"/>, never per request.
/// </summary>
public sealed record PrintedPortrait(
    CachedPortrait Portrait,
    string Language,
    OverviewView Overview,
    IReadOnlyList<NeighbourhoodView> Neighbourhoods,
    IReadOnlyList<PrintedCompanion> Companions,
    DateTimeOffset BuiltAt);

/// <summary>Another audience's collecte on the territory, as read when the copy was built: its reading per neighbourhood.</summary>
public sealed record PrintedCompanion(string Code, Audience Audience, IReadOnlyDictionary<string, AudienceReading> ByNeighbourhood);
