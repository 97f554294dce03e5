using Diagnostic.Core.Plans;

namespace Diagnostic.Core.Tests.Plans;

public class ActionPeriodTests
{
    [Fact]
    public void A_due_date_before_the_start_is_refused_with_both_dates()
    {
        var (period, error) = ActionPeriod.Create(new(2026, 10, 1), new(2026, 9, 30), "automne 2026");

        Assert.Null(period);
        Assert.Equal("the due date 2026-09-30 comes before the start 2026-10-01", error);
    }

    [Fact]
    public void A_fuzzy_period_keeps_its_wording_next_to_its_range()
    {
        var (period, error) = ActionPeriod.Create(new(2026, 9, 22), new(2026, 12, 20), "  automne 2026 ");

        Assert.Null(error);
        Assert.Equal("automne 2026", period!.Label);
        Assert.True(period.Contains(new(2026, 11, 25)));
        Assert.False(period.Contains(new(2026, 12, 21)));
    }

    [Fact]
    public void A_one_day_action_is_a_period()
    {
        Assert.NotNull(ActionPeriod.Create(new(2026, 6, 21), new(2026, 6, 21)).Period);
        Assert.Null(ActionPeriod.Create(new(2026, 6, 21), new(2026, 6, 21), " ").Period!.Label);
    }
}
