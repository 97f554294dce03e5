using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Tests.TestSupport;
using static Diagnostic.Core.Tests.Analysis.Change.ChangeAssert;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>
/// From raw responses through the portrait builder to the bilan: the change computed from the retained figures
/// equals the one computed from the raw values. Expected values from /usr/bin/python3 (scipy 1.10.1, statsmodels 0.13.5):
/// <code>
/// score(r) = mean(100*(a-1)/3, 100*(b-1)/3)
/// def welch(x1, x2):                          # x1 before, x2 after, raw values
///     t, p = stats.ttest_ind(x2, x1, equal_var=False)
///     n1, n2, s1, s2 = len(x1), len(x2), x1.std(ddof=1), x2.std(ddof=1)
///     v1, v2 = s1**2/n1, s2**2/n2; se = sqrt(v1+v2); df = (v1+v2)**2/(v1**2/(n1-1)+v2**2/(n2-1))
///     d = x2.mean()-x1.mean(); h = stats.t.ppf(0.975, df)*se; return d, d-h, d+h, p
/// confint_proportions_2indep(c2, n2, c1, n1, method='newcomb', compare='diff'); proportions_ztest([c2, c1], [n2, n1])
/// multipletests([p N1 vie, p N2 vie], method='fdr_bh')
/// </code>
/// scipy 1.10's t.ppf is accurate to ~2e-10 relative, so intervals are held to 1e-8.
/// </summary>
public class ChangeFromResponsesTests
{
    // Values per response: a, b (vie, 1–4), age, mode.
    private static readonly string?[][] BeforeN1 = [["4", "3", "30", "auto"], ["3", "3", "45", "bus"], ["2", "1", "28", "auto"], ["4", "4", "60", "auto"], ["3", "2", "35", "bus"], ["1", "2", "50", "auto"]];
    private static readonly string?[][] BeforeN2 = [["2", "2", "40", "bus"], ["3", "4", "33", "bus"], ["4", "4", "29", "auto"], ["2", "3", "55", "bus"], ["1", "1", "47", "auto"], ["3", "3", "38", "bus"]];
    private static readonly string?[][] AfterN1 = [["4", "4", "31", "bus"], ["4", "3", "44", "bus"], ["3", "3", "29", "auto"], ["4", "4", "61", "bus"], ["3", "4", "36", "bus"], ["2", "3", "52", "auto"], ["4", "3", "27", "bus"]];
    private static readonly string?[][] AfterN2 = [["2", "1", "41", "auto"], ["3", "3", "34", "bus"], ["2", "2", "30", "auto"], ["1", "2", "56", "auto"], ["2", "1", "48", "auto"], ["3", "2", "39", "bus"]];

    private static readonly Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Dimension("vie", s => s.Scale("a").Scale("b"))
        .Section("profil", s => s.Number("age").Single("mode", "auto", "bus"))
        .Build();

    private static Portrait PortraitOf(string?[][] n1, string?[][] n2)
    {
        var builder = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 5 });
        foreach (var values in n1)
        {
            builder.Add(TestResponses.Of("N1", values));
        }

        foreach (var values in n2)
        {
            builder.Add(TestResponses.Of("N2", values));
        }

        return builder.Build();
    }

    private static readonly ChangeReport Report = ChangeBuilder.Build(
        Questionnaire, PortraitOf(BeforeN1, BeforeN2), Questionnaire, PortraitOf(AfterN1, AfterN2));

    private static void AssertChange(ChangeRow row, int nBefore, int nAfter, double before, double after, double diff,
        double low, double high, double p)
    {
        Assert.Equal((nBefore, nAfter), (row.NBefore, row.NAfter));
        Close(before, row.Before);
        Close(after, row.After);
        Close(diff, row.Diff, 1e-12);
        Close(low, row.CiLow, 1e-8);
        Close(high, row.CiHigh, 1e-8);
        Close(p, row.P);
    }

    [Fact]
    public void Dimension_change_from_the_portraits_equals_welch_on_the_respondents_scores()
    {
        // ALL vie: 12 13 55.55555555555555 58.97435897435897 3.418803418803421 -23.388257314217718 30.22586415182456 0.7940214782519834
        AssertChange(Report.RowOf("ALL", FigureLevel.Dimension, "vie"),
            12, 13, 55.55555555555555, 58.97435897435897, 3.418803418803421, -23.388257314217718, 30.22586415182456, 0.7940214782519834);
        // N1 vie: 6 7 55.55555555555555 80.95238095238096 25.396825396825413 -11.207522916341375 62.0011737099922 0.1457792308568143
        AssertChange(Report.RowOf("N1", FigureLevel.Dimension, "vie"),
            6, 7, 55.55555555555555, 80.95238095238096, 25.396825396825413, -11.207522916341375, 62.0011737099922, 0.1457792308568143);
    }

    [Fact]
    public void Question_change_from_the_portraits_equals_welch_on_the_raw_answers()
    {
        // N2 age: 6 6 40.333333333333336 41.333333333333336 1.0 -11.167805318370114 13.167805318370114 0.8583652043870686
        AssertChange(Report.RowOf("N2", FigureLevel.Question, "age"),
            6, 6, 40.333333333333336, 41.333333333333336, 1.0, -11.167805318370114, 13.167805318370114, 0.8583652043870686);
    }

    [Fact]
    public void Choice_change_from_the_portraits_equals_newcombe_and_z_test_on_the_counts()
    {
        // N1 mode:auto 4/6 → 2/7: 0.6666666666666666 0.2857142857142857 -0.38095238095238093
        //   CI -0.6929970977568347 0.12965888649868718, p 0.1695834964924039
        AssertChange(Report.RowOf("N1", FigureLevel.Choice, "mode:auto"),
            6, 7, 0.6666666666666666, 0.2857142857142857, -0.38095238095238093, -0.6929970977568347, 0.12965888649868718, 0.1695834964924039);
    }

    [Fact]
    public void Neighbourhood_dimensions_get_q_from_their_two_p_values()
    {
        // multipletests([0.1457792308568143, 0.2279929189627367], method='fdr_bh') → [0.2279929189627367, 0.2279929189627367]
        Close(0.2279929189627367, Report.RowOf("N1", FigureLevel.Dimension, "vie").Q);
        Close(0.2279929189627367, Report.RowOf("N2", FigureLevel.Dimension, "vie").Q);
        Assert.Null(Report.RowOf("ALL", FigureLevel.Dimension, "vie").Q);
    }
}
