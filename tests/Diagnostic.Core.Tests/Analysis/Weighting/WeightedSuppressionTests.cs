using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.Questionnaires;
using static Diagnostic.Core.Tests.Analysis.Weighting.WeightedPortraitBuilderTests;

namespace Diagnostic.Core.Tests.Analysis.Weighting;

/// <summary>
/// Each small-cell rule of the weighted portrait on its own (src/Diagnostic.Core/Analysis/README.md, "Small cells" of "Weighted portrait").
/// To isolate a rule from the ones the portrait already applies, some tests hand the builder a portrait computed with
/// min_cell 1 (nothing hidden) but carrying the min_cell under test, or one with a chosen row hidden.
/// </summary>
public sealed class WeightedSuppressionTests
{
    private static Portrait Unweighted(int minCell)
    {
        var builder = new PortraitBuilder(WeightedPortraitBuilderTests.Questionnaire, new AnalysisOptions { MinCell = minCell });
        foreach (var response in Small)
        {
            builder.Add(response);
        }
        return builder.Build();
    }

    /// <summary>A portrait that hides nothing (or only what <paramref name="hide"/> picks), read with min_cell <paramref name="minCell"/>.</summary>
    private static Portrait Lenient(int minCell, Func<PortraitRow, bool>? hide = null)
    {
        var portrait = Unweighted(1);
        var rows = portrait.Rows.Select(r => hide?.Invoke(r) == true ? new PortraitRow(r.Audience, r.Neighbourhood, r.Level, r.Id, Suppressed: true) : r);
        return portrait with { MinCell = minCell, Rows = rows.ToList() };
    }

    private static void AssertHidden(WeightedPortraitRow row)
    {
        Assert.True(row.Suppressed, $"{row.Neighbourhood} {row.Id} should be suppressed");
        Assert.Equal(new WeightedPortraitRow(row.Audience, row.Neighbourhood, row.Level, row.Id, Suppressed: true), row);
    }

    [Fact]
    public void A_row_the_portrait_hides_is_hidden_and_all_is_computed_without_it()
    {
        var hideN2 = Lenient(3, r => r.Audience == Audience.Citizen && r.Neighbourhood == "N2" && r.Id == "q1");

        var p = Weigh(Small, 3, portrait: hideN2).Portrait!;

        AssertHidden(Row(p, "N2", "q1"));
        Assert.False(Row(p, "N2", "q2").Suppressed);
        // ALL q1 now rests on N1 alone: N1's figures (R: n=11 est=2.43877551020408 ci=[1.72786666960166, 3.1496843508065]).
        var all = Row(p, "ALL", "q1");
        Assert.Equal((11, 2.43877551020408), (all.N!.Value, Math.Round(all.Estimate!.Value, 14)));
        Assert.Equal(1.72786666960166, all.CiLow!.Value, 1e-9);
        Assert.Equal(Row(p, "N1", "q1"), all with { Neighbourhood = "N1" });
    }

    [Fact]
    public void Complementary_suppression_of_the_portrait_carries_over()
    {
        // N3 has 2 respondents (< 3): the portrait hides it and, as its complement, the smallest shown neighbourhood N2.
        var responses = Small.Concat([TestSupport.TestResponses.Of("N3", "o", "2", "2", "parc"), TestSupport.TestResponses.Of("N3", "o", "3", "1", "cafe")]);
        var census = CensusCsv + "N3,y,10\nN3,m,10\nN3,o,10\n";

        var p = Weigh(responses, 3, census).Portrait!;

        Assert.All(p.Rows.Where(r => r.Neighbourhood is "N2" or "N3"), AssertHidden);
        Assert.Contains(p.Rows, r => r.Neighbourhood == "N1" && !r.Suppressed);
    }

    [Fact]
    public void Where_the_portrait_hides_the_weighting_question_every_row_of_the_neighbourhood_is_hidden()
    {
        var hideAge = Lenient(3, r => r.Neighbourhood == "N2" && r.Id.StartsWith("age:"));

        var p = Weigh(Small, 3, portrait: hideAge).Portrait!;

        Assert.All(p.Rows.Where(r => r.Neighbourhood == "N2"), AssertHidden);
        Assert.Contains(p.Rows, r => r.Neighbourhood == "N2" && r.Level == WeightedLevel.Weight);
        Assert.Equal(11, Row(p, "ALL", "q1").N);
    }

    [Fact]
    public void A_figure_with_1_to_min_cell_minus_1_respondents_in_a_cell_is_hidden()
    {
        // min_cell 5: N1 keeps cells y|m (7) and o (5). q1 counts 4 of o's respondents (one said NSP): hidden,
        // though N1's q1 rests on 11; the score counts all 5 of o: shown. The real portrait shows N1 q1.
        var p = Weigh(Small, 5).Portrait!;

        Assert.False(Unweighted(5).Find(Audience.Citizen, "N1", FigureLevel.Question, "q1")!.Suppressed);
        AssertHidden(Row(p, "N1", "q1"));
        Assert.False(Row(p, "N1", "app").Suppressed);
        Assert.Equal(12, Row(p, "N1", "app").N);
    }

    [Fact]
    public void A_neighbourhood_figure_below_min_cell_is_hidden_even_where_the_portrait_shows_it()
    {
        // min_cell 6 on a portrait that hides nothing: N2's lieux rests on 5, its q1 on 6.
        var p = Weigh(Small, 6, portrait: Lenient(6)).Portrait!;

        AssertHidden(Row(p, "N2", "lieux:cafe"));
        AssertHidden(Row(p, "N2", "lieux:parc"));
        Assert.Equal(6, Row(p, "N2", "q1").N);
    }

    [Fact]
    public void A_weight_row_below_min_cell_is_hidden()
    {
        // min_cell 7: N1 collapses to one cell of 12, N2 keeps one cell of 6.
        var p = Weigh(Small, 7, portrait: Lenient(7)).Portrait!;

        var n1 = Assert.Single(p.Rows, r => r.Neighbourhood == "N1" && r.Level == WeightedLevel.Weight);
        Assert.Equal(("y|m|o", 12, 600.0, 50.0), (n1.Id, n1.N!.Value, n1.Population!.Value, n1.Weight!.Value));
        AssertHidden(Assert.Single(p.Rows, r => r.Neighbourhood == "N2" && r.Level == WeightedLevel.Weight));
    }

    [Fact]
    public void All_is_hidden_where_the_portrait_hides_it_or_below_min_cell()
    {
        var hideAll = Weigh(Small, 3, portrait: Lenient(3, r => r.Neighbourhood == "ALL" && r.Id == "app")).Portrait!;
        var tooFew = Weigh(Small, 13, portrait: Lenient(13)).Portrait!;

        AssertHidden(Row(hideAll, "ALL", "app"));
        Assert.False(Row(hideAll, "ALL", "q1").Suppressed);
        // min_cell 13: every neighbourhood row is hidden, so ALL rests on nobody.
        Assert.All(tooFew.Rows.Where(r => r.Level != WeightedLevel.Weight), AssertHidden);
    }

    [Fact]
    public void Suppressed_rows_leave_every_figure_empty_in_the_file()
    {
        var csv = WeightedPortraitCsvWriter.ToCsv(Weigh(Small, 5).Portrait!);

        Assert.Contains("\ncitizen,N1,question,q1,,,,,,,,,true\n", csv);
        Assert.StartsWith(WeightedPortraitCsvWriter.Header + "\n", csv);
        Assert.Contains("\ncitizen,N1,weight,y|m,7,400,57.142857142857146,,,,,,false\n", csv);
    }
}
