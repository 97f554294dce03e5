namespace Diagnostic.Core.Analysis;

/// <summary>One candidate target: a dimension of a neighbourhood, with the reasons it is ranked where it is.</summary>
/// <param name="Rank">1 = first to look at.</param>
/// <param name="IsDefi">True when the dimension is flagged `defi` (significantly below the rest of the collecte).</param>
public sealed record PriorityTarget(int Rank, string DimensionId, bool IsDefi, double Score, double? Diff, double? Q, int N);
