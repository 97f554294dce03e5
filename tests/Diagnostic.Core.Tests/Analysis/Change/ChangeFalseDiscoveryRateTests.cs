using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using static Diagnostic.Core.Tests.Analysis.Change.BilanQuestionnaires;
using static Diagnostic.Core.Tests.Analysis.Change.ChangeAssert;
using static Diagnostic.Core.Tests.Analysis.Change.ChangeFixtures;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>
/// q adjusts the p of the shown neighbourhood dimension rows of one audience together.
/// Expected values from /usr/bin/python3 (scipy 1.10.1, statsmodels 0.13.5), with welch() as in ChangeFiguresTests:
/// <code>
/// ps = [welch(40,55.0,18.0,45,65.0,17.5)[3],   # N1 vie      0.011367420870535418
///       welch(30,60.0,21.0,32,58.0,22.0)[3],   # N2 vie      0.7154910105235268
///       welch(40,70.0,12.0,45,62.0,14.0)[3]]   # N1 securite 0.005733867125176575
/// multipletests(ps, method='fdr_bh')[1]
/// → [0.017051131305803126, 0.7154910105235268, 0.017051131305803126]
/// </code>
/// </summary>
public class ChangeFalseDiscoveryRateTests
{
    private static readonly PortraitRow[] Before =
    [
        Score("ALL", "vie", 120, 58.3, 20.1), Score("ALL", "securite", 100, 66, 13), Mean("ALL", "nb_annees", 118, 12.4, 9.8),
        Score("N1", "vie", 40, 55.0, 18.0), Score("N1", "securite", 40, 70.0, 12.0), Mean("N1", "nb_annees", 40, 10, 8),
        Score("N2", "vie", 30, 60.0, 21.0), Score("N2", "securite", 30, 60, 11),
        Score("N1", "vie", 40, 30, 10, Audience.Partner), Score("N2", "vie", 40, 50, 10, Audience.Partner),
    ];

    private static readonly PortraitRow[] After =
    [
        Score("ALL", "vie", 130, 63.9, 19.4), Score("ALL", "securite", 100, 60, 13), Mean("ALL", "nb_annees", 127, 11.9, 10.3),
        Score("N1", "vie", 45, 65.0, 17.5), Score("N1", "securite", 45, 62.0, 14.0), Mean("N1", "nb_annees", 45, 20, 8),
        Score("N2", "vie", 32, 58.0, 22.0), Hidden("N2", FigureLevel.Dimension, "securite"),
        Score("N1", "vie", 40, 31, 10, Audience.Partner), Score("N2", "vie", 40, 49, 10, Audience.Partner),
    ];

    [Fact]
    public void Shown_neighbourhood_dimensions_of_one_audience_are_adjusted_together_and_flagged_by_direction()
    {
        var report = Bilan(PortraitOf(Before), PortraitOf(After));

        var n1Vie = report.RowOf("N1", FigureLevel.Dimension, "vie");
        var n2Vie = report.RowOf("N2", FigureLevel.Dimension, "vie");
        var n1Securite = report.RowOf("N1", FigureLevel.Dimension, "securite");
        Close(0.017051131305803126, n1Vie.Q);
        Close(0.7154910105235268, n2Vie.Q);
        Close(0.017051131305803126, n1Securite.Q);
        Assert.Equal(("up", null, "down"), (n1Vie.Flag, n2Vie.Flag, n1Securite.Flag));
    }

    [Fact]
    public void All_question_and_suppressed_rows_have_no_q_or_flag()
    {
        var report = Bilan(PortraitOf(Before), PortraitOf(After));

        var allVie = report.RowOf("ALL", FigureLevel.Dimension, "vie");
        var n1Question = report.RowOf("N1", FigureLevel.Question, "nb_annees");
        Assert.NotNull(allVie.P);
        Assert.NotNull(n1Question.P);
        Assert.All(
            [allVie, n1Question, report.RowOf("ALL", FigureLevel.Question, "nb_annees"), report.RowOf("N2", FigureLevel.Dimension, "securite")],
            r => Assert.Equal((null, null), (r.Q, r.Flag)));
    }

    [Fact]
    public void Each_audience_is_adjusted_on_its_own()
    {
        var report = Bilan(PortraitOf(Before), PortraitOf(After));

        // Partner: two tests of 40 vs 40, sd 10, diff ±1: stats.ttest_ind_from_stats(31,10,40,30,10,40,equal_var=False) → p 0.655960268118724 for both,
        // so BH leaves q = p and the citizen p-values play no part.
        var n1 = report.RowOf("N1", FigureLevel.Dimension, "vie", Audience.Partner);
        var n2 = report.RowOf("N2", FigureLevel.Dimension, "vie", Audience.Partner);
        Close(n1.P!.Value, n1.Q);
        Close(n2.P!.Value, n2.Q);
        Close(0.655960268118724, n1.Q);
    }
}
