using MathNet.Numerics.Distributions;

namespace Diagnostic.Core.Analysis;

/// <summary>The formulas of src/Diagnostic.Core/Analysis/README.md. Every result is null when undefined, never NaN or infinity.</summary>
public static class Statistics
{
    /// <summary>z quantile for a 95 % two-sided interval (scipy.stats.norm.ppf(0.975)).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Student t 95 % interval of the mean; null below two values.</summary>
    public static (double Low, double High)? TInterval(in Moments moments)
    {
        if (moments.Count < 2 || moments.Mean is not { } mean || moments.StandardDeviation is not { } sd)
        {
            return null;
        }
        var half = TQuantile975(moments.Count - 1) * sd / Math.Sqrt(moments.Count);
        return Finite(mean - half, mean + half);
    }

    /// <summary>Wilson score 95 % interval of count/n; null when n = 0.</summary>
    public static (double Low, double High)? WilsonInterval(int count, int n)
    {
        if (n <= 0)
        {
            return null;
        }
        var p = (double)count / n;
        var z2 = Z95 * Z95;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2.0 * n)) / denominator;
        var half = Z95 / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return Finite(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Welch's two-sided t-test p-value; null when a group has fewer than two values or both have no variance.
    /// One Welch formula serves the portrait's comparisons and the bilan's change (<see cref="Change.WelchMeanDifference"/>).</summary>
    public static double? WelchP(in Moments a, in Moments b) =>
        a.Count < 2 || b.Count < 2
            ? null
            : Change.WelchMeanDifference.Compute(
                b.Count, b.Mean!.Value, b.StandardDeviation!.Value, a.Count, a.Mean!.Value, a.StandardDeviation!.Value)?.P;

    /// <summary>Benjamini–Hochberg adjusted values (statsmodels fdr_bh), in the order of the input.</summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        var q = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var i = order[rank - 1];
            running = Math.Min(running, pValues[i] * m / rank);
            q[i] = running;
        }
        return q;
    }

    private static readonly Dictionary<int, double> TQuantiles = [];

    /// <summary>t(0.975, df); cached because a portrait asks for the same few degrees of freedom many times.</summary>
    public static double TQuantile975(int degreesOfFreedom)
    {
        lock (TQuantiles)
        {
            if (!TQuantiles.TryGetValue(degreesOfFreedom, out var t))
            {
                // Agrees with scipy to about 1e-9 relative (MathNet's incomplete beta), far below the file's 6 digits.
                t = StudentT.InvCDF(0, 1, degreesOfFreedom, 0.975);
                TQuantiles[degreesOfFreedom] = t;
            }
            return t;
        }
    }

    private static (double, double)? Finite(double low, double high) =>
        double.IsFinite(low) && double.IsFinite(high) ? (low, high) : null;
}
