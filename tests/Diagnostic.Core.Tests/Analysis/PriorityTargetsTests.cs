using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Analysis;

public class PriorityTargetsTests
{
    private static readonly Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Dimension("d1", s => s.Scale("a"))
        .Dimension("d2", s => s.Scale("b"))
        .Dimension("d3", s => s.Scale("c"))
        .Dimension("d4", s => s.Scale("d"))
        .Dimension("d5", s => s.Scale("e"))
        .Build();

    private static PortraitRow Dim(string id, double score, double? q = null, string? flag = null, bool suppressed = false) =>
        suppressed
            ? new PortraitRow(Audience.Citizen, "N1", FigureLevel.Dimension, id, Suppressed: true)
            : new PortraitRow(Audience.Citizen, "N1", FigureLevel.Dimension, id, N: 20, Score: score, Diff: -1, P: q, Q: q, Flag: flag);

    [Fact]
    public void Defi_dimensions_come_first_by_q_then_the_others_by_score_with_ties_in_section_order()
    {
        var portrait = new Portrait("q", 1, 5,
        [
            Dim("d1", 40),
            Dim("d2", 70, q: 0.01, flag: "defi"),
            Dim("d3", 35, q: 0.03, flag: "defi"),
            Dim("d4", 40),
            Dim("d5", 10, suppressed: true),
        ]);

        var unit = Assert.Single(PriorityTargets.Rank(portrait, Questionnaire));
        Assert.Equal(("N1", Audience.Citizen), (unit.Neighbourhood, unit.Audience));
        Assert.Equal(["d2", "d3", "d1", "d4"], unit.Targets.Select(t => t.DimensionId));
        Assert.Equal([1, 2, 3, 4], unit.Targets.Select(t => t.Rank));
        Assert.Equal(new PriorityTarget(1, "d2", true, 70, -1, 0.01, 20), unit.Targets[0]);
    }

    [Fact]
    public void Defi_ties_on_q_go_to_the_lowest_score()
    {
        var portrait = new Portrait("q", 1, 5, [Dim("d1", 50, 0.02, "defi"), Dim("d2", 30, 0.02, "defi")]);
        Assert.Equal(["d2", "d1"], PriorityTargets.Rank(portrait, Questionnaire)[0].Targets.Select(t => t.DimensionId));
    }

    [Fact]
    public void Same_portrait_always_gives_the_same_ranking()
    {
        var portrait = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 1 });
        for (var i = 0; i < 30; i++)
        {
            portrait.Add(TestResponses.Of($"N{i % 3}", $"{1 + i % 4}", $"{1 + i * 3 % 4}", $"{1 + i / 8}", "2", "2"));
        }
        var built = portrait.Build();
        var first = PriorityTargets.Rank(built, Questionnaire);
        var second = PriorityTargets.Rank(built with { Rows = built.Rows.Reverse().ToList() }, Questionnaire);
        Assert.Equal(
            first.OrderBy(u => u.Neighbourhood).Select(u => string.Join(",", u.Targets.Select(t => t.DimensionId))),
            second.OrderBy(u => u.Neighbourhood).Select(u => string.Join(",", u.Targets.Select(t => t.DimensionId))));
        // d4 and d5 score the same (all answered 2) in every unit: section order decides.
        Assert.All(first, u => Assert.True(u.Targets.ToList().FindIndex(t => t.DimensionId == "d4") < u.Targets.ToList().FindIndex(t => t.DimensionId == "d5")));
    }
}
