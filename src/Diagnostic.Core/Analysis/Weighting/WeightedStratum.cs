namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>One neighbourhood as a stratum of one figure: its collapsed cells and, per cell, the moments of the
/// figure's y. <see cref="Respondents"/> is m, every respondent with a weight, counting in the figure or not.</summary>
internal sealed record WeightedStratum(IReadOnlyList<WeightCell> Cells, CellMoments[] Moments)
{
    public int Respondents { get; } = Cells.Sum(c => c.Respondents);

    public int Counted => Moments.Sum(m => m.Count);
}
