using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>
/// One row of the weighted portrait file (src/Diagnostic.Core/Analysis/README.md, "Weighted portrait file"). A `weight` row fills
/// n, population and weight; the other levels n, estimate, interval, deff and n_eff. Null means "not defined";
/// when <see cref="Suppressed"/> is true every figure is null.
/// </summary>
public sealed record WeightedPortraitRow(
    Audience Audience,
    string Neighbourhood,
    WeightedLevel Level,
    string Id,
    int? N = null,
    double? Population = null,
    double? Weight = null,
    double? Estimate = null,
    double? CiLow = null,
    double? CiHigh = null,
    double? Deff = null,
    double? NEff = null,
    bool Suppressed = false);
