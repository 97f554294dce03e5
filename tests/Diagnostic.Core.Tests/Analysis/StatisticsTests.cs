using Diagnostic.Core.Analysis;

namespace Diagnostic.Core.Tests.Analysis;

public class StatisticsTests
{
    private const int Digits = 10;

    [Fact]
    public void T_interval_matches_scipy()
    {
        // /usr/bin/python3: x=np.array([1,2,3,4,5,6,10.]); m=x.mean(); s=x.std(ddof=1)
        //   st.t.interval(0.95, 6, loc=m, scale=s/np.sqrt(7))
        //   → m 4.428571428571429, s 2.9920529661723827, (1.6613839667258272, 7.19575889041703)
        var moments = Moments.Of([1, 2, 3, 4, 5, 6, 10]);
        var ci = Statistics.TInterval(moments)!.Value;
        Assert.Equal(4.428571428571429, moments.Mean!.Value, Digits);
        Assert.Equal(2.9920529661723827, moments.StandardDeviation!.Value, Digits);
        // MathNet's t quantile agrees with scipy to ~1e-9 relative; the file promises 6 significant digits.
        Assert.Equal(1.6613839667258272, ci.Low, 1e-7);
        Assert.Equal(7.19575889041703, ci.High, 1e-7);
    }

    [Theory]
    // scipy: st.t.ppf(0.975, df) → 12.706204736432095 (1), 2.045229642132703 (29), 1.9599877075346093 (100000)
    [InlineData(1, 12.706204736432095)]
    [InlineData(29, 2.045229642132703)]
    [InlineData(100000, 1.9599877075346093)]
    public void T_quantile_matches_scipy(int df, double expected) =>
        Assert.Equal(expected, Statistics.TQuantile975(df), 1e-7);

    [Fact]
    public void One_value_has_no_sd_and_no_interval()
    {
        var moments = Moments.Of([3]);
        Assert.Equal(3, moments.Mean);
        Assert.Null(moments.StandardDeviation);
        Assert.Null(Statistics.TInterval(moments));
    }

    [Fact]
    public void Merged_moments_equal_moments_of_the_union()
    {
        var left = Moments.Of([1, 2, 3]);
        left.Merge(Moments.Of([4, 5, 6, 10]));
        var whole = Moments.Of([1, 2, 3, 4, 5, 6, 10]);
        Assert.Equal(whole.Count, left.Count);
        Assert.Equal(whole.Mean!.Value, left.Mean!.Value, 12);
        Assert.Equal(whole.Variance!.Value, left.Variance!.Value, 12);
    }

    [Theory]
    // statsmodels: proportion_confint(count, n, alpha=0.05, method='wilson')
    [InlineData(7, 20, 0.18119182410108203, 0.5671457233147638)]
    [InlineData(0, 10, 0.0, 0.27753279986288926)]
    [InlineData(10, 10, 0.7224672001371106, 1.0)]
    [InlineData(1, 1, 0.2065493143772374, 1.0)]
    public void Wilson_interval_matches_statsmodels(int count, int n, double low, double high)
    {
        var ci = Statistics.WilsonInterval(count, n)!.Value;
        Assert.Equal(low, ci.Low, Digits);
        Assert.Equal(high, ci.High, Digits);
    }

    [Fact]
    public void Wilson_interval_of_nobody_is_undefined() => Assert.Null(Statistics.WilsonInterval(0, 0));

    [Fact]
    public void Welch_p_with_unequal_sizes_and_variances_matches_scipy()
    {
        // scipy: st.ttest_ind([1,2,3,4,5], [2,4,6,8,10,12,30], equal_var=False).pvalue → 0.08597560060939034
        var p = Statistics.WelchP(Moments.Of([1, 2, 3, 4, 5]), Moments.Of([2, 4, 6, 8, 10, 12, 30]));
        Assert.Equal(0.08597560060939034, p!.Value, Digits);
    }

    [Fact]
    public void Welch_p_when_one_group_has_no_variance_matches_scipy()
    {
        // scipy: st.ttest_ind([50,60,70], [40,40,40,40], equal_var=False).pvalue → 0.07417990022744853
        var p = Statistics.WelchP(Moments.Of([50, 60, 70]), Moments.Of([40, 40, 40, 40]));
        Assert.Equal(0.07417990022744853, p!.Value, Digits);
    }

    [Fact]
    public void Welch_p_is_undefined_for_identical_answers_or_a_single_value()
    {
        Assert.Null(Statistics.WelchP(Moments.Of([3, 3, 3]), Moments.Of([2, 2])));
        Assert.Null(Statistics.WelchP(Moments.Of([3]), Moments.Of([1, 2, 5])));
    }

    [Fact]
    public void Benjamini_Hochberg_matches_statsmodels()
    {
        // statsmodels: multipletests([0.01,0.04,0.03,0.005,0.2,0.5], method='fdr_bh')[1]
        //   → [0.03, 0.06, 0.06, 0.03, 0.24, 0.5]
        var q = Statistics.BenjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.2, 0.5]);
        double[] expected = [0.03, 0.06, 0.06, 0.03, 0.24, 0.5];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], q[i], 12);
        }
    }

    [Fact]
    public void Cronbach_alpha_from_streaming_moments_matches_the_textbook_formula()
    {
        // numpy, 32 respondents × 3 items on 1–4, item 2 reversed, rescaled to 0–100:
        //   R = 100*(X-1)/3; R[:,1] = 100-R[:,1]
        //   alpha = 3/2*(1 - R.var(axis=0,ddof=1).sum()/R.sum(axis=1).var(ddof=1)) → 0.8130262112787928
        // The accumulator takes integer steps (ranks, item 2 reversed); rescaling to 0–100 cancels in α.
        var alpha = new AlphaAccumulator(3);
        foreach (var row in AlphaData.Rows)
        {
            alpha.Add([row[0] - 1L, 4L - row[1], row[2] - 1L], 1);
        }
        Assert.Equal(0.8130262112787928, alpha.Alpha()!.Value, Digits);
    }

    [Fact]
    public void Cronbach_alpha_needs_thirty_complete_cases_and_two_items()
    {
        var few = new AlphaAccumulator(3);
        foreach (var row in AlphaData.Rows.Take(29))
        {
            few.Add([row[0], row[1], row[2]], 1);
        }
        Assert.Null(few.Alpha());

        var single = new AlphaAccumulator(1);
        foreach (var row in AlphaData.Rows)
        {
            single.Add([(long)row[0]], 1);
        }
        Assert.Null(single.Alpha());
    }
}
