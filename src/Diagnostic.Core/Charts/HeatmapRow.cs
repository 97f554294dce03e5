namespace Diagnostic.Core.Charts;

/// <summary>One row of the heatmap: a neighbourhood (or the whole territory) and its score per dimension, in column order.</summary>
public sealed record HeatmapRow(NeighbourhoodLabel Neighbourhood, IReadOnlyList<ScoreFigure> Scores);
