using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Analysis;

public class EdgeCaseTests
{
    private static readonly AnalysisOptions NoSuppression = new() { MinCell = 1 };

    private static readonly Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Section("profil", s => s.Single("age", "jeune", "vieux").Number("annees"), profile: true)
        .Dimension("dim", s => s.Scale("i1").Scale("i2").Ranking("prio", 1, "a", "b").Text("libre"))
        .Build();

    private static Portrait Build(AnalysisOptions options, params ResponseRecord[] responses)
    {
        var builder = new PortraitBuilder(Questionnaire, options);
        foreach (var response in responses)
        {
            builder.Add(response);
        }
        return builder.Build();
    }

    private static void AssertNoNaN(Portrait portrait)
    {
        foreach (var row in portrait.Rows)
        {
            double?[] figures = [row.Mean, row.Sd, row.Pct, row.CiLow, row.CiHigh, row.Score, row.Alpha, row.Diff, row.P, row.Q];
            Assert.All(figures, f => Assert.True(f is null || double.IsFinite(f.Value), $"{row}"));
        }
        Assert.DoesNotContain("NaN", PortraitCsvWriter.ToCsv(portrait));
        Assert.DoesNotContain("Infinity", PortraitCsvWriter.ToCsv(portrait));
    }

    [Fact]
    public void Empty_data_gives_an_empty_portrait()
    {
        var portrait = Build(new AnalysisOptions());
        Assert.Empty(portrait.Rows);
        Assert.Equal(PortraitColumns.Header + "\n", PortraitCsvWriter.ToCsv(portrait));
    }

    [Fact]
    public void Neighbourhood_with_one_respondent_has_a_mean_but_no_sd_interval_or_test()
    {
        var portrait = Build(NoSuppression,
            TestResponses.Of("A", "jeune", "12", "3", "4", "a", "x"),
            TestResponses.Of("B", "vieux", "30", "1", "2", "b", null),
            TestResponses.Of("B", "vieux", "31", "2", "2", "b", null));
        var q = portrait.Find(Audience.Citizen, "A", FigureLevel.Question, "i1")!;
        Assert.Equal((1, 3.0, null, null, null), (q.N, q.Mean, q.Sd, q.CiLow, q.CiHigh));
        var d = portrait.Find(Audience.Citizen, "A", FigureLevel.Dimension, "dim")!;
        Assert.Equal(1, d.N);
        Assert.Equal(100 * (2 / 3.0 + 1) / 2, d.Score!.Value, 12);
        Assert.NotNull(d.Diff);
        Assert.Null(d.P);
        Assert.Null(d.Q);
        Assert.Null(d.Flag);
        AssertNoNaN(portrait);
    }

    [Fact]
    public void Dimension_where_everyone_answered_NSP_rests_on_nobody_and_is_suppressed()
    {
        var portrait = Build(NoSuppression,
            TestResponses.Of("A", null, null, "NSP", "NSP", null, null),
            TestResponses.Of("A", null, null, "NSP", "NSP", null, null));
        // n = 0 is below any min_cell (at least 1), so the row is suppressed rather than shown empty.
        var d = portrait.Find(Audience.Citizen, "A", FigureLevel.Dimension, "dim")!;
        Assert.Equal(new PortraitRow(Audience.Citizen, "A", FigureLevel.Dimension, "dim", Suppressed: true), d);
        Assert.True(portrait.Find(Audience.Citizen, "A", FigureLevel.Question, "i1")!.Suppressed);
        AssertNoNaN(portrait);
    }

    [Fact]
    public void Identical_answers_give_sd_0_and_no_Welch_p()
    {
        var responses = Enumerable.Range(0, 6).SelectMany(_ => new[]
        {
            TestResponses.Of("A", "jeune", "10", "3", "3", null, null),
            TestResponses.Of("B", "jeune", "10", "2", "2", null, null),
        }).ToArray();
        var portrait = Build(new AnalysisOptions(), responses);
        var q = portrait.Find(Audience.Citizen, "A", FigureLevel.Question, "annees")!;
        Assert.Equal((6, 10.0, 0.0, 10.0, 10.0), (q.N, q.Mean, q.Sd, q.CiLow, q.CiHigh));
        var d = portrait.Find(Audience.Citizen, "A", FigureLevel.Dimension, "dim")!;
        Assert.Equal(100 * 2 / 3.0 - 100 / 3.0, d.Diff!.Value, 12);
        Assert.Null(d.P);
        Assert.Null(d.Q);
        AssertNoNaN(portrait);
    }

    [Fact]
    public void Question_nobody_saw_is_suppressed_without_crashing()
    {
        var portrait = Build(NoSuppression, TestResponses.Of("A", null, null, "2", null, null, null));
        var number = portrait.Find(Audience.Citizen, "A", FigureLevel.Question, "annees")!;
        Assert.Equal(new PortraitRow(Audience.Citizen, "A", FigureLevel.Question, "annees", Suppressed: true), number);
        var choice = portrait.Find(Audience.Citizen, "A", FigureLevel.Choice, "age:jeune")!;
        Assert.Equal(new PortraitRow(Audience.Citizen, "A", FigureLevel.Choice, "age:jeune", Suppressed: true), choice);
        Assert.False(portrait.Find(Audience.Citizen, "A", FigureLevel.Question, "i1")!.Suppressed);
        AssertNoNaN(portrait);
    }

    [Fact]
    public void Ranking_and_text_questions_have_no_rows_and_profile_sections_are_never_scored()
    {
        var portrait = Build(NoSuppression, TestResponses.Of("A", "jeune", "3", "2", "2", "a", "libre"));
        Assert.DoesNotContain(portrait.Rows, r => r.Id.StartsWith("prio") || r.Id == "libre");
        Assert.DoesNotContain(portrait.Rows, r => r.Level == FigureLevel.Dimension && r.Id == "profil");
    }

    [Fact]
    public void Rows_come_per_audience_then_ALL_then_neighbourhoods_by_code_in_questionnaire_order()
    {
        var portrait = Build(NoSuppression,
            TestResponses.Of(Audience.Partner, "P", "jeune", "1", "2", "3", null, null),
            TestResponses.Of("b", "jeune", "1", "2", "3", null, null),
            TestResponses.Of("A", "jeune", "1", "2", "3", null, null));
        string[] unitOrder = ["citizen ALL", "citizen A", "citizen b", "partner ALL", "partner P"];
        Assert.Equal(unitOrder, portrait.Rows.Select(r => $"{r.Audience.ToCode()} {r.Neighbourhood}").Distinct());
        string[] figureOrder = ["choice age:jeune", "choice age:vieux", "question annees", "question i1", "question i2", "dimension dim"];
        Assert.Equal(figureOrder, portrait.For(Audience.Citizen, "A").Select(r => $"{PortraitColumns.LevelCode(r.Level)} {r.Id}"));
    }

    [Fact]
    public void Invalid_value_reaching_the_analysis_is_a_bug()
    {
        var builder = new PortraitBuilder(Questionnaire, NoSuppression);
        Assert.Throws<ArgumentException>(() => builder.Add(TestResponses.Of("A", null, null, "9", null, null, null)));
    }

    [Fact]
    public void Merged_builders_give_the_portrait_of_all_responses()
    {
        var responses = Enumerable.Range(0, 40).Select(i =>
            TestResponses.Of($"N{i % 3}", i % 2 == 0 ? "jeune" : "vieux", $"{i}", $"{1 + i % 4}", $"{1 + i * 7 % 4}", null, null)).ToArray();
        var whole = Build(NoSuppression, responses);
        var left = new PortraitBuilder(Questionnaire, NoSuppression);
        var right = new PortraitBuilder(Questionnaire, NoSuppression);
        foreach (var (r, i) in responses.Select((r, i) => (r, i)))
        {
            (i < 17 ? left : right).Add(r);
        }
        left.Merge(right);
        var merged = left.Build();
        Assert.Equal(whole.Rows.Count, merged.Rows.Count);
        foreach (var (expected, actual) in whole.Rows.Zip(merged.Rows))
        {
            // Merging changes the order of floating-point additions: equal up to rounding.
            Assert.Equal(expected with { Mean = null, Sd = null, CiLow = null, CiHigh = null, Score = null, Alpha = null, Diff = null, P = null, Q = null },
                actual with { Mean = null, Sd = null, CiLow = null, CiHigh = null, Score = null, Alpha = null, Diff = null, P = null, Q = null });
            Assert.Equal(expected.Mean ?? 0, actual.Mean ?? 0, 1e-9);
            Assert.Equal(expected.CiLow ?? 0, actual.CiLow ?? 0, 1e-9);
            Assert.Equal(expected.Score ?? 0, actual.Score ?? 0, 1e-9);
            Assert.Equal(expected.Alpha ?? 0, actual.Alpha ?? 0, 1e-9);
            Assert.Equal(expected.P ?? 0, actual.P ?? 0, 1e-9);
        }
    }
}
