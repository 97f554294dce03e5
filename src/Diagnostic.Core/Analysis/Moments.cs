namespace Diagnostic.Core.Analysis;

/// <summary>
/// Running count, mean and sum of squared deviations (Welford), mergeable like MathNet's RunningStatistics
/// but without the min/max/skewness bookkeeping the portrait never reads; a struct so the arrays of
/// accumulators stay flat in memory.
/// </summary>
public struct Moments
{
    private double _mean;
    private double _m2;

    public int Count { get; private set; }

    public readonly double? Mean => Count > 0 ? _mean : null;

    /// <summary>Sample variance (n − 1); undefined below two values.</summary>
    public readonly double? Variance => Count > 1 ? Math.Max(0, _m2 / (Count - 1)) : null;

    public readonly double? StandardDeviation => Variance is { } v ? Math.Sqrt(v) : null;

    /// <summary>Σ(x − mean)², what the weighted variance needs per cell (0 with fewer than two values).</summary>
    public readonly double SumOfSquaredDeviations => _m2;

    public void Add(double value)
    {
        Count++;
        var delta = value - _mean;
        _mean += delta / Count;
        _m2 += delta * (value - _mean);
    }

    public void Merge(in Moments other)
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
        var delta = other._mean - _mean;
        _mean += delta * other.Count / n;
        _m2 += other._m2 + delta * delta * Count * other.Count / n;
        Count += other.Count;
    }

    /// <summary>Moments known from elsewhere (<see cref="ExactSums"/>): count, mean and Σ(x − mean)².</summary>
    internal static Moments FromSummary(int count, double mean, double sumOfSquaredDeviations) =>
        new() { Count = count, _mean = mean, _m2 = sumOfSquaredDeviations };

    public static Moments Of(IEnumerable<double> values)
    {
        var moments = new Moments();
        foreach (var value in values)
        {
            moments.Add(value);
        }
        return moments;
    }
}
