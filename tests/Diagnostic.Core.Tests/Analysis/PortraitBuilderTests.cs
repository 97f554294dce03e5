using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Analysis;

public class PortraitBuilderTests
{
    private static readonly AnalysisOptions NoSuppression = new() { MinCell = 1 };

    private static Portrait Build(Questionnaire questionnaire, AnalysisOptions options, params ResponseRecord[] responses)
    {
        var builder = new PortraitBuilder(questionnaire, options);
        foreach (var response in responses)
        {
            builder.Add(response);
        }
        return builder.Build();
    }

    private static Questionnaire Belonging() => new QuestionnaireBuilder()
        .Dimension("app", s => s.Scale("fier").Scale("dem", reverse: true).Scale("x").Scale("y"))
        .Build();

    [Fact]
    public void Dimension_score_reverses_items_skips_NSP_and_needs_half_of_the_items()
    {
        // Respondents: (4,1,4,NSP) → 3 of 4 answered; (1,NSP,NSP,–) → 1 of 4, left out; (2,3,NSP,NSP) → 2 of 4;
        // all NSP → left out; (3,2,1,4) → 4 of 4.
        // /usr/bin/python3: scores = mean of 100*(c-1)/3 (100 − that for "dem") over answered items when 2*answered >= 4
        //   → n 3, mean 63.88888888888888, sd 33.67876570272817, t CI (-19.773803081608143, 147.5515808593859)
        var portrait = Build(Belonging(), NoSuppression,
            TestResponses.Of("N1", "4", "1", "4", "NSP"),
            TestResponses.Of("N1", "1", "NSP", "NSP", null),
            TestResponses.Of("N1", "2", "3", "NSP", "NSP"),
            TestResponses.Of("N1", "NSP", "NSP", "NSP", "NSP"),
            TestResponses.Of("N1", "3", "2", "1", "4"));

        var row = portrait.Find(Audience.Citizen, "N1", FigureLevel.Dimension, "app")!;
        Assert.Equal(3, row.N);
        Assert.Equal(63.88888888888888, row.Score!.Value, 10);
        Assert.Equal(33.67876570272817, row.Sd!.Value, 10);
        Assert.Equal(-19.773803081608143, row.CiLow!.Value, 1e-6);
        Assert.Equal(147.5515808593859, row.CiHigh!.Value, 1e-6);
        Assert.Null(row.Alpha); // fewer than 30 complete cases
        Assert.Null(row.Mean);
    }

    [Fact]
    public void Scale_question_row_has_mean_sd_and_t_interval_without_NSP()
    {
        // numpy/scipy on [4,1,2,3]: mean 2.5, sd 1.2909944487358056, t CI (0.445739743239121, 4.5542602567608785)
        var portrait = Build(Belonging(), NoSuppression,
            TestResponses.Of("N1", "4", null, null, null),
            TestResponses.Of("N1", "1", null, null, null),
            TestResponses.Of("N1", "2", null, null, null),
            TestResponses.Of("N1", "NSP", null, null, null),
            TestResponses.Of("N1", "3", null, null, null));

        var row = portrait.Find(Audience.Citizen, "N1", FigureLevel.Question, "fier")!;
        Assert.Equal(4, row.N);
        Assert.Equal(2.5, row.Mean!.Value, 12);
        Assert.Equal(1.2909944487358056, row.Sd!.Value, 12);
        Assert.Equal(0.445739743239121, row.CiLow!.Value, 1e-7);
        Assert.Equal(4.5542602567608785, row.CiHigh!.Value, 1e-7);
    }

    [Fact]
    public void Choice_rows_count_single_and_multiple_answers_with_Wilson_intervals()
    {
        var questionnaire = new QuestionnaireBuilder()
            .Section("profil", s => s.Single("age", "18-34", "35-64", "65+"), profile: true)
            .Section("lieux", s => s.Multiple("lieux", "parc", "cafe", "autre"))
            .Build();
        string?[][] answers =
        [
            ["18-34", "parc|cafe"], ["18-34", "parc"], ["18-34", "cafe|autre"], ["35-64", null],
            ["35-64", "parc"], ["35-64", null], ["35-64", null], [null, null],
        ];
        var portrait = Build(questionnaire, NoSuppression, answers.Select(a => TestResponses.Of("N1", a)).ToArray());

        // statsmodels proportion_confint(c, n, method='wilson'):
        //   (3,7) → (0.15821985525146964, 0.7495416354723428); (0,7) → (2.7755575615628914e-17, 0.3543304350666875)
        //   (3,4) → (0.30064184258240184, 0.9544127391902995); (1,4) → (0.0455872608097006, 0.6993581574175982)
        AssertChoice(portrait, "age:18-34", 7, 3, 3 / 7.0, 0.15821985525146964, 0.7495416354723428);
        AssertChoice(portrait, "age:65+", 7, 0, 0, 0, 0.3543304350666875);
        AssertChoice(portrait, "lieux:parc", 4, 3, 0.75, 0.30064184258240184, 0.9544127391902995);
        AssertChoice(portrait, "lieux:autre", 4, 1, 0.25, 0.0455872608097006, 0.6993581574175982);
        Assert.DoesNotContain(portrait.Rows, r => r.Level == FigureLevel.Dimension);
    }

    private static void AssertChoice(Portrait portrait, string id, int n, int count, double pct, double low, double high)
    {
        var row = portrait.Find(Audience.Citizen, "N1", FigureLevel.Choice, id)!;
        Assert.Equal(n, row.N);
        Assert.Equal(count, row.Count);
        Assert.Equal(pct, row.Pct!.Value, 12);
        Assert.Equal(low, row.CiLow!.Value, 10);
        Assert.Equal(high, row.CiHigh!.Value, 10);
    }

    [Fact]
    public void Neighbourhoods_are_compared_with_the_rest_of_the_session_and_flagged_after_Benjamini_Hochberg()
    {
        var portrait = Build(TwoItems(), new AnalysisOptions(), ComparisonData.Responses());

        // /usr/bin/python3 (scipy 1.10, statsmodels), scores = mean of 100*(c-1)/3 over both items;
        // rest = every other neighbourhood, suppressed C included; ttest_ind(own, rest, equal_var=False);
        // multipletests([pA, pD], method='fdr_bh'):
        //   A score 88.8888888888889 diff 60.31746031746033 p 1.3502105044749456e-12 q 2.700421008949891e-12
        //   D score 24.444444444444446 diff -35.55555555555556 p 4.087571037030786e-05 q 4.087571037030786e-05
        var a = portrait.Find(Audience.Citizen, "A", FigureLevel.Dimension, "dim")!;
        Assert.Equal(88.8888888888889, a.Score!.Value, 10);
        Assert.Equal(60.31746031746033, a.Diff!.Value, 10);
        Assert.Equal(1.3502105044749456e-12, a.P!.Value, 1e-18);
        Assert.Equal(2.700421008949891e-12, a.Q!.Value, 1e-18);
        Assert.Equal("force", a.Flag);

        var d = portrait.Find(Audience.Citizen, "D", FigureLevel.Dimension, "dim")!;
        Assert.Equal(-35.55555555555556, d.Diff!.Value, 10);
        Assert.Equal(4.087571037030786e-05, d.P!.Value, 1e-12);
        Assert.Equal(4.087571037030786e-05, d.Q!.Value, 1e-12);
        Assert.Equal("defi", d.Flag);

        // C (n = 3) is suppressed, and B (the smallest shown, n = 10) with it; neither is tested.
        Assert.True(portrait.Find(Audience.Citizen, "C", FigureLevel.Dimension, "dim")!.Suppressed);
        var b = portrait.Find(Audience.Citizen, "B", FigureLevel.Dimension, "dim")!;
        Assert.True(b.Suppressed);
        Assert.Null(b.P);

        var all = portrait.Find(Audience.Citizen, "ALL", FigureLevel.Dimension, "dim")!;
        Assert.Equal(40, all.N);
        Assert.Equal(46.666666666666664, all.Score!.Value, 10);
        Assert.Null(all.Diff);
        Assert.Null(all.Q);
    }

    internal static Questionnaire TwoItems() =>
        new QuestionnaireBuilder().Dimension("dim", s => s.Scale("i1").Scale("i2")).Build();
}
