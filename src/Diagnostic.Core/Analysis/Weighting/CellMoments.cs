namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>
/// The portrait's <see cref="Moments"/> of one figure's y over the respondents of one cell who count in it, plus the
/// smallest and largest y so that "all have the same y" is exact, not a rounding guess. Mergeable, so code-level
/// moments add up to the collapsed cell's moments once the cells are known.
/// </summary>
internal struct CellMoments
{
    private Moments _moments;

    public readonly int Count => _moments.Count;
    public readonly double Mean => _moments.Mean ?? 0;
    public readonly double M2 => _moments.SumOfSquaredDeviations;
    public double Min { get; private set; }
    public double Max { get; private set; }

    public void Add(double y)
    {
        (Min, Max) = Count == 0 ? (y, y) : (Math.Min(Min, y), Math.Max(Max, y));
        _moments.Add(y);
    }

    public void Merge(in CellMoments other)
    {
        if (other.Count == 0)
        {
            return;
        }
        if (Count == 0)
        {
            this = other;
            return;
        }
        (Min, Max) = (Math.Min(Min, other.Min), Math.Max(Max, other.Max));
        _moments.Merge(other._moments);
    }
}
