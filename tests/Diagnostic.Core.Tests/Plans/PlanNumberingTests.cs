using Diagnostic.Core.Plans;

namespace Diagnostic.Core.Tests.Plans;

public class PlanNumberingTests
{
    [Fact]
    public void Levels_are_joined_with_dots_as_the_Mauricie_plan_writes_them() =>
        Assert.Equal(["1", "1.2", "1.2.3"], [PlanNumbering.Number(1), PlanNumbering.Number(1, 2), PlanNumbering.Number(1, 2, 3)]);

    [Fact]
    public void Numbers_that_count_from_one_have_no_gap() => Assert.Null(PlanNumbering.Gap([2, 1, 3]));

    [Fact]
    public void The_first_missing_number_is_the_gap() => Assert.Equal(2, PlanNumbering.Gap([1, 3, 5]));

    [Fact]
    public void A_list_that_does_not_start_at_one_has_a_gap_at_one() => Assert.Equal(1, PlanNumbering.Gap([2]));

    [Fact]
    public void A_new_item_comes_after_the_last() => Assert.Equal((1, 4), (PlanNumbering.Next([]), PlanNumbering.Next([1, 3, 2])));
}
