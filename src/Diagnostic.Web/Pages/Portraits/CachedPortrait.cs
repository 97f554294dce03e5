using System.Collections.Concurrent;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// One version of a collecte's portrait: the figures (suppression applied), the Likert counts, the ranked targets,
/// the number of respondents per unit, and whatever the pages derive from them (charts, views), kept with the
/// version so it is computed once and dropped with it when new answers arrive.
/// </summary>
public sealed class CachedPortrait(
    PortraitStamp stamp,
    PortraitCollecte collecte,
    Portrait portrait,
    LikertCounts likert,
    IReadOnlyDictionary<(Audience, string), int> respondents)
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _derived = new(StringComparer.Ordinal);

    public PortraitStamp Stamp { get; } = stamp;
    public PortraitCollecte Collecte { get; } = collecte;
    public Portrait Portrait { get; } = portrait;
    public LikertCounts Likert { get; } = likert;

    public IReadOnlyList<NeighbourhoodPriorities> Priorities { get; } = PriorityTargets.Rank(portrait, collecte.Questionnaire);

    /// <summary>Audiences that answered, the collecte's own first.</summary>
    public IReadOnlyList<Audience> Audiences { get; } = respondents.Keys.Select(k => k.Item1).Distinct()
        .OrderBy(a => a == collecte.Audience ? 0 : 1).ThenBy(a => a).ToList();

    /// <summary>Submitted responses of an audience in a neighbourhood, or in ALL.</summary>
    public int Respondents(Audience audience, string neighbourhood) =>
        neighbourhood == PortraitRow.AllNeighbourhoods
            ? respondents.Where(r => r.Key.Item1 == audience).Sum(r => r.Value)
            : respondents.GetValueOrDefault((audience, neighbourhood));

    public Audience MainAudience => Audiences.Count > 0 ? Audiences[0] : Collecte.Audience;

    /// <summary>Computes a derived value once per portrait version, even under concurrent requests.</summary>
    public T Derived<T>(string key, Func<T> compute) where T : class =>
        (T)_derived.GetOrAdd(key, _ => new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
