using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Analysis;

public class SuppressionTests
{
    private static readonly Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Section("profil", s => s.Single("age", "jeune", "vieux"), profile: true)
        .Dimension("dim", s => s.Scale("i1").Scale("i2"))
        .Build();

    /// <summary>n respondents in each neighbourhood, everyone answering every question.</summary>
    private static Portrait Build(params (string Neighbourhood, int N)[] sizes)
    {
        var builder = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 5 });
        foreach (var (neighbourhood, n) in sizes)
        {
            for (var i = 0; i < n; i++)
            {
                builder.Add(TestResponses.Of(neighbourhood, i % 2 == 0 ? "jeune" : "vieux", $"{1 + i % 4}", $"{1 + (i + 1) % 4}"));
            }
        }
        return builder.Build();
    }

    private static string[] Suppressed(Portrait portrait, FigureLevel level, string id) =>
        portrait.Rows.Where(r => r.Level == level && r.Id == id && r.Suppressed).Select(r => r.Neighbourhood).ToArray();

    [Fact]
    public void Neighbourhood_below_min_cell_is_suppressed_with_its_complement()
    {
        var portrait = Build(("A", 3), ("B", 9), ("C", 7), ("D", 12));
        Assert.Equal(["A", "C"], Suppressed(portrait, FigureLevel.Question, "i1"));
        Assert.Equal(["A", "C"], Suppressed(portrait, FigureLevel.Dimension, "dim"));
        // Choice rows rest on their question's n and follow its decision.
        Assert.Equal(["A", "C"], Suppressed(portrait, FigureLevel.Choice, "age:jeune"));
        Assert.Equal(["A", "C"], Suppressed(portrait, FigureLevel.Choice, "age:vieux"));
    }

    [Fact]
    public void Complement_tie_goes_to_the_first_code_in_ordinal_order()
    {
        var portrait = Build(("Z", 2), ("M", 6), ("B", 6), ("a", 6));
        // Ordinal order: "B" < "M" < "a"; B, M and a all have n = 6.
        Assert.Equal(["B", "Z"], Suppressed(portrait, FigureLevel.Question, "i1"));
    }

    [Fact]
    public void Two_suppressed_neighbourhoods_need_no_complement()
    {
        var portrait = Build(("A", 3), ("B", 4), ("C", 7), ("D", 12));
        Assert.Equal(["A", "B"], Suppressed(portrait, FigureLevel.Question, "i1"));
    }

    [Fact]
    public void Suppressed_rows_have_every_figure_empty_n_included()
    {
        var portrait = Build(("A", 3), ("B", 9));
        var row = portrait.Find(Audience.Citizen, "A", FigureLevel.Dimension, "dim")!;
        Assert.Equal(new PortraitRow(Audience.Citizen, "A", FigureLevel.Dimension, "dim", Suppressed: true), row);
        // B is the complement; ALL (n = 12) stays shown.
        Assert.True(portrait.Find(Audience.Citizen, "B", FigureLevel.Dimension, "dim")!.Suppressed);
        Assert.Equal(12, portrait.Find(Audience.Citizen, "ALL", FigureLevel.Dimension, "dim")!.N);
    }

    [Fact]
    public void Whole_session_below_min_cell_is_suppressed_everywhere()
    {
        var portrait = Build(("A", 2), ("B", 1));
        Assert.All(portrait.Rows, r => Assert.True(r.Suppressed));
    }

    [Fact]
    public void Suppression_is_decided_per_figure()
    {
        // 6 respondents in A answer i1, only 3 of them answer age: age rows of A are hidden, i1 is shown.
        var builder = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 5 });
        for (var i = 0; i < 6; i++)
        {
            builder.Add(TestResponses.Of("A", i < 3 ? "jeune" : null, "2", "3"));
            builder.Add(TestResponses.Of("B", "vieux", "2", "3"));
            builder.Add(TestResponses.Of("C", "vieux", "2", "3"));
        }
        var portrait = builder.Build();
        Assert.Equal(["A", "B"], Suppressed(portrait, FigureLevel.Choice, "age:jeune"));
        Assert.Empty(Suppressed(portrait, FigureLevel.Question, "i1"));
    }
}
