using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;
using static Diagnostic.Core.Tests.Analysis.Change.BilanQuestionnaires;
using static Diagnostic.Core.Tests.Analysis.Change.ChangeFixtures;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>The bilan shows a figure only when both portraits showed it, so it never reveals what one of them hid.</summary>
public class ChangeSuppressionTests
{
    private static void AssertHidden(ChangeRow row)
    {
        Assert.True(row.Suppressed);
        Assert.Equal(
            new ChangeRow(row.Audience, row.Neighbourhood, row.Level, row.Id, Suppressed: true),
            row);
    }

    [Fact]
    public void Figure_hidden_in_the_before_portrait_is_suppressed_with_every_figure_empty()
    {
        var report = Bilan(
            PortraitOf(Hidden("N2", FigureLevel.Dimension, "vie")),
            PortraitOf(Score("N2", "vie", n: 30, score: 61, sd: 12)));

        AssertHidden(report.RowOf("N2", FigureLevel.Dimension, "vie"));
    }

    [Fact]
    public void Figure_hidden_in_the_after_portrait_is_suppressed_with_every_figure_empty()
    {
        var report = Bilan(
            PortraitOf(Chosen("N2", "transport:velo", count: 9, n: 30)),
            PortraitOf(Hidden("N2", FigureLevel.Choice, "transport:velo")));

        AssertHidden(report.RowOf("N2", FigureLevel.Choice, "transport:velo"));
    }

    [Fact]
    public void Neighbourhood_hidden_by_complementary_suppression_stays_hidden_although_large_enough_in_the_other_session()
    {
        // Before: N1 had 3 answers (below min_cell), so N2 (12 answers) was hidden as its complement.
        // After: both are large enough. Showing N2 with its n_before would let ALL − N2 − N3 reveal N1.
        var report = Bilan(
            PortraitOf(
                Mean("ALL", "nb_annees", n: 35, mean: 10, sd: 4),
                Hidden("N1", FigureLevel.Question, "nb_annees"),
                Hidden("N2", FigureLevel.Question, "nb_annees"),
                Mean("N3", "nb_annees", n: 20, mean: 11, sd: 3)),
            PortraitOf(
                Mean("ALL", "nb_annees", n: 50, mean: 9, sd: 4),
                Mean("N1", "nb_annees", n: 15, mean: 8, sd: 4),
                Mean("N2", "nb_annees", n: 14, mean: 9, sd: 5),
                Mean("N3", "nb_annees", n: 21, mean: 10, sd: 3)));

        AssertHidden(report.RowOf("N1", FigureLevel.Question, "nb_annees"));
        AssertHidden(report.RowOf("N2", FigureLevel.Question, "nb_annees"));
        Assert.False(report.RowOf("N3", FigureLevel.Question, "nb_annees").Suppressed);
        Assert.False(report.RowOf("ALL", FigureLevel.Question, "nb_annees").Suppressed);
    }

    [Fact]
    public void Figures_hidden_in_alternate_sessions_are_both_suppressed()
    {
        var report = Bilan(
            PortraitOf(Hidden("N1", FigureLevel.Dimension, "vie"), Score("N2", "vie", 25, 50, 10)),
            PortraitOf(Score("N1", "vie", 25, 50, 10), Hidden("N2", FigureLevel.Dimension, "vie")));

        AssertHidden(report.RowOf("N1", FigureLevel.Dimension, "vie"));
        AssertHidden(report.RowOf("N2", FigureLevel.Dimension, "vie"));
    }
}
