using System.Collections.Concurrent;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// One version of a collecte's portrait: the figures (suppression applied, respondent counts included), the Likert
/// counts, the ranked targets, and whatever the pages derive from them (charts, views), kept with the
/// version so it is computed once and dropped with it when new answers arrive.
/// </summary>
public sealed class CachedPortrait(
    PortraitStamp stamp,
    PortraitCollecte collecte,
    Portrait portrait,
    LikertCounts likert)
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _derived = new(StringComparer.Ordinal);

    public PortraitStamp Stamp { get; } = stamp;
    public PortraitCollecte Collecte { get; } = collecte;
    public Portrait Portrait { get; } = portrait;
    public LikertCounts Likert { get; } = likert;

    public IReadOnlyList<NeighbourhoodPriorities> Priorities { get; } = PriorityTargets.Rank(portrait, collecte.Questionnaire);

    /// <summary>Audiences that answered, the collecte's own first.</summary>
    public IReadOnlyList<Audience> Audiences { get; } = portrait.Audiences
        .OrderBy(a => a == collecte.Audience ? 0 : 1).ThenBy(a => a).ToList();

    /// <summary>The portrait's respondent count of a neighbourhood, or of ALL (suppression applied).</summary>
    public RespondentCount Respondents(Audience audience, string neighbourhood) => Portrait.RespondentsOf(audience, neighbourhood);

    /// <summary>Names this version in chart addresses: the answers it rests on and the minimum cell it was suppressed with.</summary>
    public string Version => $"{Stamp.Submitted}-{Stamp.LastResponseId}-{Portrait.MinCell}";

    public Audience MainAudience => Audiences.Count > 0 ? Audiences[0] : Collecte.Audience;

    /// <summary>Computes a derived value once per portrait version, even under concurrent requests.</summary>
    public T Derived<T>(string key, Func<T> compute) where T : class =>
        (T)_derived.GetOrAdd(key, _ => new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
