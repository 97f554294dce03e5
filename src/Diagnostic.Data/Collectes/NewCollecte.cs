using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Data.Collectes;

/// <summary>
/// Everything a collecte is created with. <see cref="NeighbourhoodCodes"/> null means every neighbourhood (leaf)
/// under the territory; <see cref="Yaml"/> is the exact questionnaire text, stored as the collecte's snapshot.
/// </summary>
public sealed record NewCollecte(
    string PublicCode,
    string Name,
    string TerritoryCode,
    Questionnaire Questionnaire,
    string Yaml,
    IReadOnlyList<string>? NeighbourhoodCodes = null,
    IReadOnlyDictionary<string, int>? Targets = null,
    DateTimeOffset? OpensAt = null,
    DateTimeOffset? ClosesAt = null,
    DateOnly? RetainUntil = null,
    bool Open = false);
