using Diagnostic.Core.Analysis;

namespace Diagnostic.Core.Representativeness;

/// <summary>
/// One answer of the weighting question in a neighbourhood: its respondents and their share as the portrait shows
/// them (null when the portrait suppresses them), against its share of the census population. <see cref="Hidden"/> says
/// why the sample figures are missing, as the portrait decided: too few, or hidden as a complement of another unit.
/// </summary>
public sealed record RepresentativenessRow(
    string Code, string Label, int? Respondents, double? SampleShare, double? PopulationShare, SuppressionReason Hidden = SuppressionReason.None)
{
    /// <summary>Sample share minus population share, in points of percentage; null when either is missing.</summary>
    public double? GapPoints => SampleShare is { } s && PopulationShare is { } p ? 100 * (s - p) : null;
}
