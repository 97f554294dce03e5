using Diagnostic.Core.Analysis;
using static Diagnostic.Core.Tests.Analysis.Change.BilanQuestionnaires;
using static Diagnostic.Core.Tests.Analysis.Change.ChangeAssert;
using static Diagnostic.Core.Tests.Analysis.Change.ChangeFixtures;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>
/// Expected values from /usr/bin/python3 (scipy 1.10.1, statsmodels 0.13.5), before = 1, after = 2:
/// <code>
/// from scipy import stats; import numpy as np
/// from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest
/// def welch(n1, m1, s1, n2, m2, s2):
///     t, p = stats.ttest_ind_from_stats(m2, s2, n2, m1, s1, n1, equal_var=False)
///     v1, v2 = s1**2/n1, s2**2/n2
///     se = np.sqrt(v1+v2); df = (v1+v2)**2/(v1**2/(n1-1)+v2**2/(n2-1))
///     d = m2-m1; h = stats.t.ppf(0.975, df)*se
///     return d, d-h, d+h, p
/// def prop(c1, n1, c2, n2):
///     lo, hi = confint_proportions_2indep(c2, n2, c1, n1, method='newcomb', compare='diff')
///     z, p = proportions_ztest([c2, c1], [n2, n1])
///     return c2/n2-c1/n1, lo, hi, p
/// </code>
/// </summary>
public class ChangeFiguresTests
{
    [Fact]
    public void Dimension_score_change_has_the_welch_interval_and_p()
    {
        var report = Bilan(
            PortraitOf(Score("N1", "vie", n: 40, score: 55.0, sd: 18.0)),
            PortraitOf(Score("N1", "vie", n: 45, score: 65.0, sd: 17.5)));

        var row = report.RowOf("N1", FigureLevel.Dimension, "vie");

        // welch(40,55.0,18.0,45,65.0,17.5) → 10.0, 2.3186145242513954, 17.681385475748606, p 0.011367420870535418
        Assert.Equal((40, 45), (row.NBefore, row.NAfter));
        Assert.Equal((55.0, 65.0), (row.Before, row.After));
        Close(10.0, row.Diff);
        Close(2.3186145242513954, row.CiLow);
        Close(17.681385475748606, row.CiHigh);
        Close(0.011367420870535418, row.P);
        Assert.False(row.Suppressed);
    }

    [Fact]
    public void Number_question_change_is_a_difference_of_means_with_welch_interval()
    {
        var report = Bilan(
            PortraitOf(Mean("ALL", "nb_annees", n: 118, mean: 12.4, sd: 9.8)),
            PortraitOf(Mean("ALL", "nb_annees", n: 127, mean: 11.9, sd: 10.3)));

        var row = report.RowOf("ALL", FigureLevel.Question, "nb_annees");

        // welch(118,12.4,9.8,127,11.9,10.3) → -0.5, -3.029655248826765, 2.029655248826765, p 0.6973675579694127
        Assert.Equal((118, 127), (row.NBefore, row.NAfter));
        Close(-0.5, row.Diff);
        Close(-3.029655248826765, row.CiLow);
        Close(2.029655248826765, row.CiHigh);
        Close(0.6973675579694127, row.P);
        Assert.Null(row.Q);
        Assert.Null(row.Flag);
    }

    [Fact]
    public void Choice_change_has_the_newcombe_interval_and_the_pooled_z_test_p()
    {
        var report = Bilan(
            PortraitOf(Chosen("ALL", "transport:auto", count: 60, n: 118)),
            PortraitOf(Chosen("ALL", "transport:auto", count: 50, n: 127)));

        var row = report.RowOf("ALL", FigureLevel.Choice, "transport:auto");

        // prop(60,118,50,127) → before 0.5084745762711864, after 0.3937007874015748,
        // diff -0.11477378886961159, CI -0.23451214353350017 to 0.00963656360970716, p 0.07112139273268367
        Assert.Equal((118, 127), (row.NBefore, row.NAfter));
        Close(0.5084745762711864, row.Before);
        Close(0.3937007874015748, row.After);
        Close(-0.11477378886961159, row.Diff);
        Close(-0.23451214353350017, row.CiLow);
        Close(0.00963656360970716, row.CiHigh);
        Close(0.07112139273268367, row.P);
        Assert.Null(row.Q);
    }

    [Fact]
    public void Choice_nobody_made_in_either_session_has_an_interval_but_no_p()
    {
        var report = Bilan(
            PortraitOf(Chosen("N1", "transport:bus", count: 0, n: 40)),
            PortraitOf(Chosen("N1", "transport:bus", count: 0, n: 45)));

        var row = report.RowOf("N1", FigureLevel.Choice, "transport:bus");

        // prop(0,40,0,45) → diff 0.0, CI -0.08762160119728668 to 0.07865159873288839; p nan (pooled proportion 0)
        Assert.Equal(0.0, row.Diff);
        Close(-0.08762160119728668, row.CiLow);
        Close(0.07865159873288839, row.CiHigh);
        Assert.Null(row.P);
    }

    [Fact]
    public void Choice_everybody_made_in_both_sessions_has_an_interval_but_no_p()
    {
        var report = Bilan(
            PortraitOf(Chosen("N1", "transport:auto", count: 40, n: 40)),
            PortraitOf(Chosen("N1", "transport:auto", count: 45, n: 45)));

        var row = report.RowOf("N1", FigureLevel.Choice, "transport:auto");

        // prop(40,40,45,45) → CI -0.07865159873288852 to 0.08762160119728657; p nan (pooled proportion 1)
        Close(-0.07865159873288852, row.CiLow);
        Close(0.08762160119728657, row.CiHigh);
        Assert.Null(row.P);
    }

    [Fact]
    public void Fewer_than_two_respondents_leaves_the_interval_and_p_empty()
    {
        var report = Bilan(
            PortraitOf(minCell: 1, Mean("N1", "nb_annees", n: 1, mean: 4, sd: 0), Score("N1", "vie", n: 12, score: 50, sd: 10)),
            PortraitOf(minCell: 1, Mean("N1", "nb_annees", n: 9, mean: 6, sd: 2), Score("N1", "vie", n: 1, score: 75, sd: 0)));

        var question = report.RowOf("N1", FigureLevel.Question, "nb_annees");
        var dimension = report.RowOf("N1", FigureLevel.Dimension, "vie");

        Assert.Equal((1, 9, 4.0, 6.0, 2.0), (question.NBefore, question.NAfter, question.Before, question.After, question.Diff));
        Assert.Equal((null, null, null), (question.CiLow, question.CiHigh, question.P));
        Assert.Equal(25.0, dimension.Diff);
        Assert.Equal((null, null, null, null), (dimension.CiLow, dimension.CiHigh, dimension.P, dimension.Q));
    }

    [Fact]
    public void Both_standard_deviations_zero_leaves_the_interval_and_p_empty()
    {
        var report = Bilan(
            PortraitOf(Mean("N1", "nb_annees", n: 10, mean: 3, sd: 0)),
            PortraitOf(Mean("N1", "nb_annees", n: 12, mean: 5, sd: 0)));

        var row = report.RowOf("N1", FigureLevel.Question, "nb_annees");

        Assert.Equal(2.0, row.Diff);
        Assert.Equal((null, null, null), (row.CiLow, row.CiHigh, row.P));
    }

    [Fact]
    public void One_standard_deviation_zero_still_has_an_interval()
    {
        var report = Bilan(
            PortraitOf(Mean("N1", "nb_annees", n: 10, mean: 3, sd: 0)),
            PortraitOf(Mean("N1", "nb_annees", n: 12, mean: 3.5, sd: 1.2)));

        var row = report.RowOf("N1", FigureLevel.Question, "nb_annees");

        // welch(10,3,0,12,3.5,1.2) → 0.5, -0.26244362479375727, 1.2624436247937574, p 0.17678302987142108 (df 11)
        Close(-0.26244362479375727, row.CiLow);
        Close(1.2624436247937574, row.CiHigh);
        Close(0.17678302987142108, row.P);
    }
}
