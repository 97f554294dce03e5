using MathNet.Numerics.Distributions;

namespace Diagnostic.Core.Analysis.Change;

/// <summary>Two-sided z-test of two independent proportions with the pooled proportion, no continuity correction.</summary>
internal static class PooledTwoProportionZTest
{
    /// <summary>The p-value, or null when the pooled proportion is 0 or 1 (no variance, no test).</summary>
    public static double? P(int countBefore, int nBefore, int countAfter, int nAfter)
    {
        if (nBefore <= 0 || nAfter <= 0)
        {
            return null;
        }

        var pooled = (double)(countBefore + countAfter) / (nBefore + nAfter);
        if (pooled <= 0 || pooled >= 1)
        {
            return null;
        }

        var diff = (double)countAfter / nAfter - (double)countBefore / nBefore;
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / nBefore + 1.0 / nAfter));
        return Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(diff / se)));
    }
}
