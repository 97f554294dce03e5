using Diagnostic.Core.Analysis.Weighting;

namespace Diagnostic.Core.Tests.Analysis.Weighting;

public sealed class WeightCellsTests
{
    private static string[] Labels(string[] codes, int[] n, double[] population, int minCell = 5) =>
        WeightCells.Collapse(codes, n, population, minCell).Select(c => $"{c.Label}:{c.Respondents}:{c.Population}").ToArray();

    [Fact]
    public void First_small_cell_merges_with_the_next_and_the_last_with_the_previous()
    {
        Assert.Equal(["a|b:7:20", "c|d:7:20"], Labels(["a", "b", "c", "d"], [2, 5, 6, 1], [10, 10, 10, 10]));
    }

    [Fact]
    public void A_cell_nobody_lives_in_is_merged_even_with_enough_respondents()
    {
        Assert.Equal(["a:6:10", "b|c:12:10"], Labels(["a", "b", "c"], [6, 6, 6], [10, 0, 10]));
    }

    [Fact]
    public void A_code_with_neither_respondents_nor_population_is_dropped_before_merging()
    {
        Assert.Equal(["b:6:10", "c:6:10"], Labels(["a", "b", "c"], [0, 6, 6], [0, 10, 10]));
    }

    [Fact]
    public void A_code_with_population_but_no_respondent_is_merged()
    {
        Assert.Equal(["a|b:6:15"], Labels(["a", "b"], [0, 6], [5, 10]));
    }

    [Fact]
    public void Merging_stops_at_one_cell_even_below_min_cell_and_labels_keep_the_questionnaire_order()
    {
        Assert.Equal(["15-24|25-44|45-64|65+:9:2400"], Labels(["15-24", "25-44", "45-64", "65+"], [2, 3, 2, 2], [400, 800, 700, 500]));
        Assert.Equal(["a:2:10"], Labels(["a"], [2], [10]));
    }

    [Fact]
    public void Weight_is_population_over_respondents_and_undefined_without_respondents()
    {
        Assert.Equal(300, new WeightCell([0], "a", 10, 3000).Weight);
        Assert.Null(new WeightCell([0], "a", 0, 3000).Weight);
    }
}
