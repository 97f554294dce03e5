using MathNet.Numerics.Distributions;

namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// The difference of two means (after − before) with its 95 % Welch interval and Welch's two-sided p.
/// Standard error √(s₁²/n₁ + s₂²/n₂), Welch–Satterthwaite degrees of freedom.
/// </summary>
internal sealed record WelchMeanDifference(double Diff, double StandardError, double DegreesOfFreedom, double CiLow, double CiHigh, double P)
{
    private const double Confidence = 0.95;

    /// <summary>Null when either n &lt; 2 or both standard deviations are 0: the interval is then undefined.</summary>
    public static WelchMeanDifference? Compute(int nBefore, double meanBefore, double sdBefore, int nAfter, double meanAfter, double sdAfter)
    {
        if (nBefore < 2 || nAfter < 2 || (sdBefore == 0 && sdAfter == 0))
        {
            return null;
        }

        var varianceBefore = sdBefore * sdBefore / nBefore;
        var varianceAfter = sdAfter * sdAfter / nAfter;
        var se = Math.Sqrt(varianceBefore + varianceAfter);
        var df = Math.Pow(varianceBefore + varianceAfter, 2)
            / (varianceBefore * varianceBefore / (nBefore - 1) + varianceAfter * varianceAfter / (nAfter - 1));
        var diff = meanAfter - meanBefore;
        var margin = StudentT.InvCDF(0, 1, df, 1 - (1 - Confidence) / 2) * se;
        // The lower tail of −|t| keeps precision for very small p, where 1 − CDF(|t|) would round to 0.
        var p = Math.Min(1, 2 * StudentT.CDF(0, 1, df, -Math.Abs(diff / se)));
        return new WelchMeanDifference(diff, se, df, diff - margin, diff + margin, p);
    }
}
