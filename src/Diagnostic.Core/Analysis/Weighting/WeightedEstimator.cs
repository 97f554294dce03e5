namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>
/// Estimate, Taylor-linearized variance, design effect and 95 % interval of one figure over one or more
/// neighbourhood strata (src/Diagnostic.Core/Analysis/README.md, "Estimate" to "Intervals"; R survey's svymean on a stratified,
/// post-stratified design with deff = "replace").
/// The per-respondent formula needs the estimate before the residuals, but it only sums squares within each
/// cell, so it is rewritten on the cell moments (count n_h, mean ȳ_h, M2_h) and needs no second pass. With
/// z_i = w_h (y_i − est) / W for the n_h counted respondents of cell h and 0 for its other m_h − n_h:
/// Σ_h e² = Σ z² − (Σ z)² / m_h = (w_h / W)² · (M2_h + n_h (m_h − n_h) / m_h · (ȳ_h − est)²),
/// which is exactly 0 when every respondent of the cell counts with the same y, or when none counts.
/// </summary>
internal static class WeightedEstimator
{
    public static WeightedFigure Compute(IReadOnlyList<WeightedStratum> strata, bool choice)
    {
        var n = strata.Sum(s => s.Counted);
        if (n == 0)
        {
            return new WeightedFigure(0, null, null, null, null, null);
        }
        var totalWeight = 0.0;
        var weighted = 0.0;
        var (min, max) = (double.PositiveInfinity, double.NegativeInfinity);
        foreach (var (cell, m) in Counted(strata))
        {
            totalWeight += cell.Weight!.Value * m.Count;
            weighted += cell.Weight!.Value * m.Count * m.Mean;
            (min, max) = (Math.Min(min, m.Min), Math.Max(max, m.Max));
        }
        var sameY = min == max;
        // Everyone with the same y: the estimate is that y, not a ratio that may round off it.
        var estimate = sameY ? min : weighted / totalWeight;

        var variance = 0.0;
        foreach (var stratum in strata.Where(s => s.Respondents > 1))
        {
            var sum = 0.0;
            for (var h = 0; h < stratum.Cells.Count; h++)
            {
                var (cell, m) = (stratum.Cells[h], stratum.Moments[h]);
                if (m.Count > 0)
                {
                    var share = cell.Weight!.Value / totalWeight;
                    var d = m.Mean - estimate;
                    sum += share * share * (m.M2 + (double)m.Count * (cell.Respondents - m.Count) / cell.Respondents * d * d);
                }
            }
            variance += (double)stratum.Respondents / (stratum.Respondents - 1) * sum;
        }

        var (deff, nEff) = DesignEffect(strata, n, estimate, totalWeight, variance, sameY);
        var k = strata.Count(s => s.Counted > 0);
        var (low, high) = choice ? Wilson(estimate, nEff is { } e ? Math.Min(n, e) : n) : TInterval(estimate, variance, n - k);
        return new WeightedFigure(n, estimate, low, high, deff, nEff);
    }

    private static IEnumerable<(WeightCell Cell, CellMoments Moments)> Counted(IReadOnlyList<WeightedStratum> strata) =>
        strata.SelectMany(s => s.Cells.Select((cell, h) => (cell, s.Moments[h]))).Where(x => x.Item2.Count > 0);

    // deff against simple random sampling with replacement: V / (s² / n), s² the weighted variance with n/(n − 1).
    private static (double? Deff, double? NEff) DesignEffect(
        IReadOnlyList<WeightedStratum> strata, int n, double estimate, double totalWeight, double variance, bool sameY)
    {
        if (n < 2 || sameY)
        {
            return (null, null);
        }
        if (variance == 0)
        {
            return (0, null);
        }
        var squares = 0.0;
        foreach (var (cell, m) in Counted(strata))
        {
            var d = m.Mean - estimate;
            squares += cell.Weight!.Value * (m.M2 + m.Count * d * d);
        }
        var s2 = (double)n / (n - 1) * squares / totalWeight;
        var deff = variance / (s2 / n);
        return (deff, n / deff);
    }

    private static (double?, double?) TInterval(double estimate, double variance, int degreesOfFreedom)
    {
        if (degreesOfFreedom < 1)
        {
            return (null, null);
        }
        var half = Statistics.TQuantile975(degreesOfFreedom) * Math.Sqrt(variance);
        return (estimate - half, estimate + half);
    }

    /// <summary>Wilson score interval of p at the effective size ñ; exact bounds at p = 0 and p = 1.</summary>
    private static (double?, double?) Wilson(double p, double size)
    {
        const double z = Statistics.Z95;
        var denominator = 1 + z * z / size;
        var centre = (p + z * z / (2 * size)) / denominator;
        var half = z / denominator * Math.Sqrt(p * (1 - p) / size + z * z / (4 * size * size));
        var low = p == 0 ? 0 : Math.Max(0, centre - half);
        var high = p == 1 ? 1 : Math.Min(1, centre + half);
        return (low, high);
    }
}
