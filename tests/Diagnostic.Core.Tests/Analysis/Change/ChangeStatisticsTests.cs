using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;
using static Diagnostic.Core.Tests.Analysis.Change.ChangeAssert;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>
/// The statistics of the bilan against published or independently computed values
/// (/usr/bin/python3, scipy 1.10.1, statsmodels 0.13.5).
/// </summary>
public class ChangeStatisticsTests
{
    [Fact]
    public void Welch_interval_and_p_match_scipy()
    {
        // t, p = stats.ttest_ind_from_stats(70.1, 15.4, 35, 62.5, 18.2, 40, equal_var=False)   → p 0.05398485741460905
        // v1, v2 = 18.2**2/40, 15.4**2/35; se = sqrt(v1+v2); df = (v1+v2)**2/(v1**2/39+v2**2/34) → 72.92747950403583
        // 7.6 ∓ stats.t.ppf(0.975, df)*se → -0.13362613653768207, 15.33362613653767
        var welch = WelchMeanDifference.Compute(40, 62.5, 18.2, 35, 70.1, 15.4)!;

        Close(7.6, welch.Diff, 1e-12);
        Close(72.92747950403583, welch.DegreesOfFreedom);
        // scipy 1.10's t.ppf(0.975, 72.927…) = 1.993030514796713 is off by 3.6e-10: mpmath at 40 digits
        // (root of 1 − betainc(df/2, 1/2, 0, df/(df+x²))/2 = 0.975) gives 1.9930305151561877, hence
        // limits -0.13362613793255962 and 15.333626137932560. Held to those tightly, to scipy's loosely.
        Close(-0.13362613793255962, welch.CiLow, 1e-9);
        Close(15.333626137932560, welch.CiHigh, 1e-12);
        Close(-0.13362613653768207, welch.CiLow, 1e-7);
        Close(15.33362613653767, welch.CiHigh, 1e-9);
        Close(0.05398485741460905, welch.P);
    }

    [Theory]
    [InlineData(1, 5.0, 10, 1.0)]
    [InlineData(10, 0.0, 1, 0.0)]
    [InlineData(10, 0.0, 10, 0.0)]
    public void Welch_is_undefined_below_two_respondents_or_without_any_spread(int nBefore, double sdBefore, int nAfter, double sdAfter) =>
        Assert.Null(WelchMeanDifference.Compute(nBefore, 3, sdBefore, nAfter, 4, sdAfter));

    [Theory]
    // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10 (published to 4 decimals):
    // (a) 56/70 − 48/80 → 0.0524 to 0.3339; (b) 9/10 − 3/10 → 0.1705 to 0.8090;
    // (c) 6/7 − 2/7 → 0.0582 to 0.8062;  (d) 5/56 − 0/29 → −0.0381 to 0.1926.
    // Full precision: confint_proportions_2indep(c_after, n_after, c_before, n_before, method='newcomb', compare='diff').
    [InlineData(48, 80, 56, 70, 0.05243147240236498, 0.33387265403690614)]
    [InlineData(3, 10, 9, 10, 0.1705227239345029, 0.809017973535488)]
    [InlineData(2, 7, 6, 7, 0.05822792748231209, 0.8062496375242278)]
    [InlineData(0, 29, 5, 56, -0.038137147903536936, 0.19256001385511165)]
    public void Newcombe_hybrid_score_interval_matches_the_published_examples(
        int countBefore, int nBefore, int countAfter, int nAfter, double low, double high)
    {
        var interval = NewcombeInterval.Compute(countBefore, nBefore, countAfter, nAfter);

        Close(low, interval.Low);
        Close(high, interval.High);
    }

    [Fact]
    public void Newcombe_interval_is_built_from_the_two_wilson_intervals_by_hand()
    {
        // Wilson 48/80 = (0.4904546500516038, 0.7003817240412906), 56/70 = (0.6918335550374695, 0.8769526075163705)
        // (proportion_confint(c, n, method='wilson')); diff = 0.8 − 0.6 = 0.2;
        // low  = 0.2 − √((0.8 − 0.69183)² + (0.70038 − 0.6)²) = 0.2 − √0.021777 = 0.05243
        // high = 0.2 + √((0.87695 − 0.8)² + (0.6 − 0.49045)²) = 0.2 + √0.017922 = 0.33387
        var before = Statistics.WilsonInterval(48, 80)!.Value;
        var after = Statistics.WilsonInterval(56, 70)!.Value;
        var interval = NewcombeInterval.Compute(48, 80, 56, 70);

        Close(0.4904546500516038, before.Low);
        Close(0.7003817240412906, before.High);
        Close(0.6918335550374695, after.Low);
        Close(0.8769526075163705, after.High);
        Assert.Equal(0.0524, Math.Round(interval.Low, 4));
        Assert.Equal(0.3339, Math.Round(interval.High, 4));
    }

    [Fact]
    public void Two_proportion_z_test_uses_the_pooled_proportion_without_continuity_correction()
    {
        // proportions_ztest([56, 48], [70, 80]) → z 2.6501719512585336, p 0.00804508136819656
        Close(0.00804508136819656, PooledTwoProportionZTest.P(48, 80, 56, 70));
    }

    [Theory]
    [InlineData(0, 40, 0, 45)]
    [InlineData(40, 40, 45, 45)]
    public void Two_proportion_z_test_is_undefined_when_the_pooled_proportion_is_0_or_1(int cb, int nb, int ca, int na) =>
        Assert.Null(PooledTwoProportionZTest.P(cb, nb, ca, na));
}
