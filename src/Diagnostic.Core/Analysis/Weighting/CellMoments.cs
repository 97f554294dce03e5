namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>
/// Count, mean and sum of squared deviations (Welford) of one figure's y over the respondents of one cell who
/// count in it, with the smallest and largest y so that "all have the same y" is exact, not a rounding guess.
/// Mergeable, so code-level moments add up to the collapsed cell's moments once the cells are known.
/// </summary>
internal struct CellMoments
{
    public int Count { get; private set; }
    public double Mean { get; private set; }
    public double M2 { get; private set; }
    public double Min { get; private set; }
    public double Max { get; private set; }

    public void Add(double y)
    {
        Count++;
        if (Count == 1)
        {
            (Mean, M2, Min, Max) = (y, 0, y, y);
            return;
        }
        var delta = y - Mean;
        Mean += delta / Count;
        M2 += delta * (y - Mean);
        Min = Math.Min(Min, y);
        Max = Math.Max(Max, y);
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
        var n = (double)Count + other.Count;
        var delta = other.Mean - Mean;
        Mean += delta * other.Count / n;
        M2 += other.M2 + delta * delta * Count * other.Count / n;
        Count += other.Count;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }
}
