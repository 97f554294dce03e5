namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>The unsuppressed numbers of one weighted figure; null where undefined.</summary>
internal sealed record WeightedFigure(int N, double? Estimate, double? CiLow, double? CiHigh, double? Deff, double? NEff);
