namespace Diagnostic.Core.Representativeness;

/// <summary>
/// One answer of the weighting question in a neighbourhood: its respondents and their share as the portrait shows
/// them (null when the portrait suppresses them), against its share of the census population.
/// </summary>
public sealed record RepresentativenessRow(string Code, string Label, int? Respondents, double? SampleShare, double? PopulationShare)
{
    /// <summary>Sample share minus population share, in points of percentage; null when either is missing.</summary>
    public double? GapPoints => SampleShare is { } s && PopulationShare is { } p ? 100 * (s - p) : null;
}
