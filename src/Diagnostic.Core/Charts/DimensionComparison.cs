using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Charts;

/// <summary>One dimension's score for a neighbourhood and for the whole territory (ALL).</summary>
public sealed record DimensionComparison(string Id, string Title, ScoreFigure Neighbourhood, ScoreFigure Territory)
{
    /// <summary>The dimensions in the caller's order; a dimension absent from the portrait reads as missing.</summary>
    public static IReadOnlyList<DimensionComparison> Read(
        Portrait portrait, Audience audience, string neighbourhood, IReadOnlyList<DimensionLabel> dimensions) =>
        dimensions.Select(d => new DimensionComparison(
            d.Id,
            d.Title,
            ScoreFigure.From(portrait.Find(audience, neighbourhood, FigureLevel.Dimension, d.Id)),
            ScoreFigure.From(portrait.Find(audience, PortraitRow.AllNeighbourhoods, FigureLevel.Dimension, d.Id))))
        .ToList();
}
