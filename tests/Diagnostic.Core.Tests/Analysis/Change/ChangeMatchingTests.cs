using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;
using Diagnostic.Core.Questionnaires;
using static Diagnostic.Core.Tests.Analysis.Change.BilanQuestionnaires;
using static Diagnostic.Core.Tests.Analysis.Change.ChangeFixtures;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>Which figures, neighbourhoods and audiences of two collectes get a row (see <see cref="BilanQuestionnaires"/>).</summary>
public class ChangeMatchingTests
{
    private static PortraitRow[] EveryFigure(string neighbourhood, Audience audience = Audience.Citizen) =>
    [
        Mean(neighbourhood, "nb_annees", 20, 10, 3, audience),
        Chosen(neighbourhood, "transport:auto", 8, 20, audience),
        Chosen(neighbourhood, "transport:marche", 6, 20, audience),
        Mean(neighbourhood, "confiance", 20, 3, 1, audience),
        Chosen(neighbourhood, "logement:proprio", 9, 20, audience),
        Mean(neighbourhood, "ancienne", 20, 5, 2, audience),
        Mean(neighbourhood, "nouvelle", 20, 5, 2, audience),
        Score(neighbourhood, "vie", 20, 60, 15, audience),
        Score(neighbourhood, "securite", 20, 60, 15, audience),
        Score(neighbourhood, "services", 20, 60, 15, audience),
    ];

    private static ChangeReport BilanOfEveryFigure() =>
        Bilan(PortraitOf(EveryFigure("ALL")), PortraitOf(EveryFigure("ALL")));

    [Fact]
    public void Unchanged_questions_choices_and_dimensions_have_a_row_in_the_after_portrait_order()
    {
        var ids = BilanOfEveryFigure().Rows.Select(r => (r.Level, r.Id)).ToList();

        Assert.Equal(
            [(FigureLevel.Question, "nb_annees"), (FigureLevel.Choice, "transport:auto"),
             (FigureLevel.Dimension, "vie"), (FigureLevel.Dimension, "securite")],
            ids);
    }

    [Fact]
    public void Question_whose_scale_changed_has_no_row() =>
        Assert.False(BilanOfEveryFigure().HasRow("ALL", FigureLevel.Question, "confiance"));

    [Fact]
    public void Scale_with_the_same_points_under_another_id_still_matches()
    {
        var before = QuestionnaireOf(1, Plain("p", ScaleItem("confiance", ScaleOf("accord", 1, 2, 3, 4))));
        var after = QuestionnaireOf(2, Plain("p", ScaleItem("confiance", Agree4)));
        var portrait = PortraitOf(Mean("ALL", "confiance", 20, 3, 1));

        var report = ChangeBuilder.Build(before, portrait, after, portrait);

        Assert.True(report.HasRow("ALL", FigureLevel.Question, "confiance"));
    }

    [Fact]
    public void Question_whose_type_changed_has_no_row() =>
        Assert.False(BilanOfEveryFigure().HasRow("ALL", FigureLevel.Choice, "logement:proprio"));

    [Fact]
    public void Question_absent_from_one_version_has_no_row()
    {
        var report = BilanOfEveryFigure();

        Assert.False(report.HasRow("ALL", FigureLevel.Question, "ancienne"));
        Assert.False(report.HasRow("ALL", FigureLevel.Question, "nouvelle"));
    }

    [Fact]
    public void Choice_offered_in_only_one_version_has_no_row() =>
        Assert.False(BilanOfEveryFigure().HasRow("ALL", FigureLevel.Choice, "transport:marche"));

    [Fact]
    public void Dimension_whose_scored_items_changed_has_no_row() =>
        Assert.False(BilanOfEveryFigure().HasRow("ALL", FigureLevel.Dimension, "services"));

    [Fact]
    public void Dimension_whose_item_reversal_changed_has_no_row()
    {
        var before = QuestionnaireOf(1, Dimension("vie", ScaleItem("v1"), ScaleItem("v2")));
        var after = QuestionnaireOf(2, Dimension("vie", ScaleItem("v1"), ScaleItem("v2", reverse: true)));
        var portrait = PortraitOf(Score("ALL", "vie", 20, 60, 15));

        Assert.Empty(ChangeBuilder.Build(before, portrait, after, portrait).Rows);
    }

    [Fact]
    public void Neighbourhood_in_only_one_session_has_no_rows()
    {
        var report = Bilan(
            PortraitOf([.. EveryFigure("ALL"), .. EveryFigure("N1"), .. EveryFigure("N4")]),
            PortraitOf([.. EveryFigure("ALL"), .. EveryFigure("N1"), .. EveryFigure("N3")]));

        Assert.Equal(["ALL", "N1"], report.Rows.Select(r => r.Neighbourhood).Distinct());
    }

    [Fact]
    public void Audience_in_only_one_session_has_no_rows()
    {
        var report = Bilan(
            PortraitOf([.. EveryFigure("ALL"), .. EveryFigure("ALL", Audience.Partner)]),
            PortraitOf(EveryFigure("ALL")));

        Assert.All(report.Rows, r => Assert.Equal(Audience.Citizen, r.Audience));
        Assert.NotEmpty(report.Rows);
    }

    [Fact]
    public void Collectes_of_different_questionnaires_are_refused()
    {
        var other = QuestionnaireOf("diagnostic-partenaire", 1, Plain("profil", Number("nb_annees")));
        var portrait = PortraitOf(EveryFigure("ALL"));

        var report = ChangeBuilder.Build(BilanQuestionnaires.Before, portrait, other, portrait with { QuestionnaireId = other.Id });

        Assert.True(report.IsRefused);
        Assert.Contains("a change between collectes of different questionnaires", report.Refusal);
        Assert.Equal(ChangeRefusal.DifferentQuestionnaires, report.RefusalKind);
        Assert.Empty(report.Rows);
    }

    [Fact]
    public void Portraits_suppressed_with_different_min_cell_are_refused()
    {
        var report = Bilan(PortraitOf(minCell: 5, EveryFigure("ALL")), PortraitOf(minCell: 10, EveryFigure("ALL")));

        Assert.True(report.IsRefused);
        Assert.Contains("min_cell", report.Refusal);
        Assert.Equal(ChangeRefusal.DifferentMinCell, report.RefusalKind);
    }
}
