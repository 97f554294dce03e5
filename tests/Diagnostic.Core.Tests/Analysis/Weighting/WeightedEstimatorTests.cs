using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Weighting;

namespace Diagnostic.Core.Tests.Analysis.Weighting;

/// <summary>The edge cases of "Design effect" and "Intervals" (src/Diagnostic.Core/Analysis/README.md), on hand-made strata.</summary>
public sealed class WeightedEstimatorTests
{
    /// <summary>One stratum; per cell its population and the y of its respondents (null: does not count).</summary>
    private static WeightedStratum Stratum(params (double Population, double?[] Y)[] cells)
    {
        var weightCells = cells.Select((c, h) => new WeightCell([h], $"c{h}", c.Y.Length, c.Population)).ToArray();
        var moments = cells.Select(c =>
        {
            var m = new CellMoments();
            foreach (var y in c.Y.OfType<double>())
            {
                m.Add(y);
            }
            return m;
        }).ToArray();
        return new WeightedStratum(weightCells, moments);
    }

    [Fact]
    public void Everyone_with_the_same_choice_gives_exact_bounds_and_no_design_effect()
    {
        var all = WeightedEstimator.Compute([Stratum((100, [1, 1, 1]), (50, [1, 1, null]))], choice: true);
        var none = WeightedEstimator.Compute([Stratum((100, [0, 0, 0]), (50, [0, 0, null]))], choice: true);

        Assert.Equal((5, 1.0, 1.0), (all.N, all.Estimate!.Value, all.CiHigh!.Value));
        Assert.Equal((0.0, 0.0), (none.Estimate!.Value, none.CiLow!.Value));
        Assert.Equal(Statistics.WilsonInterval(5, 5)!.Value.Low, all.CiLow!.Value, 1e-12);
        Assert.Equal(Statistics.WilsonInterval(0, 5)!.Value.High, none.CiHigh!.Value, 1e-12);
        Assert.Null(all.Deff);
        Assert.Null(all.NEff);
    }

    [Fact]
    public void No_variance_inside_cells_gives_deff_0_without_effective_size_and_wilson_at_n()
    {
        // Each cell answers as one: e = 0 everywhere, V = 0, though y differs between cells.
        var figure = WeightedEstimator.Compute([Stratum((100, [1, 1, 1]), (300, [0, 0, 0]))], choice: true);

        Assert.Equal(0.25, figure.Estimate!.Value, 1e-15);
        Assert.Equal(0.0, figure.Deff);
        Assert.Null(figure.NEff);
        const double z = Statistics.Z95;
        var expectedLow = (0.25 + z * z / 12 - z * Math.Sqrt(0.25 * 0.75 / 6 + z * z / 144)) / (1 + z * z / 6);
        Assert.Equal(expectedLow, figure.CiLow!.Value, 1e-12);
    }

    [Fact]
    public void Mean_interval_is_empty_when_n_minus_strata_is_below_1()
    {
        var one = WeightedEstimator.Compute([Stratum((100, [3.0]))], choice: false);
        var two = WeightedEstimator.Compute([Stratum((100, [3.0])), Stratum((100, [2.0]))], choice: false);

        Assert.Equal((1, 3.0), (one.N, one.Estimate!.Value));
        Assert.Null(one.CiLow);
        Assert.Null(one.Deff);
        Assert.Null(two.CiLow);
        Assert.Null(two.CiHigh);
        Assert.Equal(2.5, two.Estimate!.Value, 1e-15);
    }

    [Fact]
    public void A_figure_nobody_counts_in_is_undefined()
    {
        var figure = WeightedEstimator.Compute([Stratum((100, [null, null]))], choice: false);

        Assert.Equal(new WeightedFigure(0, null, null, null, null, null), figure);
    }

    [Fact]
    public void Respondents_who_do_not_count_still_shape_the_variance_through_their_cell()
    {
        // Same counted answers, one extra non-counting respondent in the cell: e is taken from the cell mean of z,
        // zeros included, so V changes. Reference values from R survey (svymean, na.rm = TRUE):
        // d <- data.frame(s = "A", cell = c(1, 1, 1, 2, 2), y = c(1, 2, NA, 3, 5))
        // des <- postStratify(svydesign(ids = ~1, strata = ~s, data = d), ~cell, data.frame(cell = 1:2, Freq = c(100, 100)))
        // m <- svymean(~y, des, na.rm = TRUE, deff = "replace")  # mean 3, SE 0.57009, DEff 0.4432 (printed)
        // sprintf("%.15g", c(coef(m), SE(m)^2, deff(m)))  # "3" "0.325" "0.443181818181818"
        var figure = WeightedEstimator.Compute([Stratum((100, [1, 2, null]), (100, [3, 5]))], choice: false);

        Assert.Equal(3, figure.Estimate!.Value, 1e-12);
        Assert.Equal(0.443181818181818, figure.Deff!.Value, 1e-12);
        Assert.Equal(4 / 0.443181818181818, figure.NEff!.Value, 1e-9);
        var half = Statistics.TQuantile975(3) * Math.Sqrt(0.325);
        Assert.Equal(3 - half, figure.CiLow!.Value, 1e-9);
        Assert.Equal(3 + half, figure.CiHigh!.Value, 1e-9);
    }
}
