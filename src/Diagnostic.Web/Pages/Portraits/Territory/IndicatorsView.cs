namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>One indicator of a neighbourhood beside the territory's own value (imported, not computed), with its source and year.</summary>
public sealed record IndicatorLine(string Indicator, string Neighbourhood, string Territory, string Source);

/// <summary>The indicators table of a neighbourhood's portrait.</summary>
public sealed record IndicatorsView(string Code, string NeighbourhoodName, string TerritoryName, IReadOnlyList<IndicatorLine> Lines);
