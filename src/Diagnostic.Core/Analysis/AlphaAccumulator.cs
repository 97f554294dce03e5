namespace Diagnostic.Core.Analysis;

/// <summary>
/// Cronbach's α from streaming moments: one accumulator per item and one for the total score, fed only
/// with complete cases. α = k/(k−1) · (1 − Σ var(item) / var(total)) needs nothing else, so no raw data is kept.
/// Items are integer steps (<see cref="ExactUnits"/>) held in <see cref="ExactSums"/>, so merges and removals are exact.
/// </summary>
internal sealed class AlphaAccumulator
{
    public const int MinCompleteCases = 30;

    private readonly ExactSums[] _items;
    private ExactSums _total;

    public AlphaAccumulator(int itemCount) => _items = new ExactSums[itemCount];

    public long CompleteCases => _total.Count;

    /// <summary>Adds (sign 1) or removes (sign −1) one respondent who answered every item, in item steps.</summary>
    public void Add(ReadOnlySpan<long> steps, int sign)
    {
        long total = 0;
        for (var i = 0; i < steps.Length; i++)
        {
            _items[i].Add(steps[i], sign);
            total += steps[i];
        }
        _total.Add(total, sign);
    }

    public void Merge(AlphaAccumulator other, int sign = 1)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            _items[i].Merge(other._items[i], sign);
        }
        _total.Merge(other._total, sign);
    }

    /// <summary>Null when fewer than 2 items, fewer than 30 complete cases, or no variance in the total score.</summary>
    public double? Alpha()
    {
        // The step's size cancels in the ratio of variances.
        var k = _items.Length;
        var totalVariance = _total.ToMoments(1).Variance ?? 0;
        if (k < 2 || CompleteCases < MinCompleteCases || totalVariance <= 0)
        {
            return null;
        }
        var itemVariances = 0.0;
        foreach (var item in _items)
        {
            itemVariances += item.ToMoments(1).Variance ?? 0;
        }
        return k / (k - 1.0) * (1 - itemVariances / totalVariance);
    }

    public void Write(BinaryWriter writer)
    {
        foreach (var item in _items) item.Write(writer);
        _total.Write(writer);
    }

    public void Read(BinaryReader reader)
    {
        for (var i = 0; i < _items.Length; i++) _items[i] = ExactSums.Read(reader);
        _total = ExactSums.Read(reader);
    }
}
