namespace Diagnostic.Core.Analysis.Change;

/// <summary>The 95 % Wilson score interval of a proportion count / n (n &gt; 0).</summary>
internal readonly record struct WilsonScoreInterval(double Low, double High)
{
    /// <summary>The 0.975 quantile of the standard normal distribution.</summary>
    public const double Z = 1.959963984540054;

    public static WilsonScoreInterval Compute(int count, int n)
    {
        if (n <= 0 || count < 0 || count > n)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"{count} of {n} is not a proportion");
        }

        var p = (double)count / n;
        var z2 = Z * Z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2.0 * n)) / denominator;
        var half = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new WilsonScoreInterval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
