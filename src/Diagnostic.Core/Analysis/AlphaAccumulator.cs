namespace Diagnostic.Core.Analysis;

/// <summary>
/// Cronbach's α from streaming moments: one accumulator per item and one for the total score, fed only
/// with complete cases. α = k/(k−1) · (1 − Σ var(item) / var(total)) needs nothing else, so no raw data is kept.
/// </summary>
public sealed class AlphaAccumulator
{
    public const int MinCompleteCases = 30;

    private readonly Moments[] _items;
    private Moments _total;

    public AlphaAccumulator(int itemCount) => _items = new Moments[itemCount];

    public int CompleteCases => _total.Count;

    /// <summary>Adds one respondent who answered every item (values already rescaled and reversed).</summary>
    public void Add(ReadOnlySpan<double> values)
    {
        if (values.Length != _items.Length)
        {
            throw new ArgumentException($"Expected {_items.Length} item values, got {values.Length}.", nameof(values));
        }
        var total = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            _items[i].Add(values[i]);
            total += values[i];
        }
        _total.Add(total);
    }

    public void Merge(AlphaAccumulator other)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            _items[i].Merge(other._items[i]);
        }
        _total.Merge(other._total);
    }

    /// <summary>Null when fewer than 2 items, fewer than 30 complete cases, or no variance in the total score.</summary>
    public double? Alpha()
    {
        var k = _items.Length;
        var totalVariance = _total.Variance ?? 0;
        if (k < 2 || CompleteCases < MinCompleteCases || totalVariance <= 0)
        {
            return null;
        }
        var itemVariances = 0.0;
        foreach (var item in _items)
        {
            itemVariances += item.Variance ?? 0;
        }
        return k / (k - 1.0) * (1 - itemVariances / totalVariance);
    }
}
