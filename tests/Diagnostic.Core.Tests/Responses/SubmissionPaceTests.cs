using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.Responses;

public sealed class SubmissionPaceTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 12, 20, 0, 0, TimeSpan.Zero);

    private static IEnumerable<DateTimeOffset> Every(TimeSpan step, int count, DateTimeOffset last) =>
        Enumerable.Range(0, count).Select(i => last - i * step);

    [Fact]
    public void Forty_submissions_in_ten_minutes_after_a_week_at_two_an_hour_are_unusual()
    {
        // A week at 2 an hour: 336 submissions; usual share of 10 minutes = 2 / 6 = 0.33; 40 > 5 × 0.33.
        var week = Every(TimeSpan.FromMinutes(30), 336, Now.AddMinutes(-15));
        var burst = Every(TimeSpan.FromSeconds(15), 40, Now);

        var pace = SubmissionPace.Of(week.Concat(burst), Now);

        Assert.Equal(40, pace.RecentCount);
        Assert.Equal(2.0, pace.UsualPerHour, 1);
        Assert.True(pace.IsUnusual);
    }

    [Fact]
    public void A_steady_busy_collecte_is_not_unusual_at_its_own_pace()
    {
        // 120 an hour for 5 hours (one every 30 s): 20 in the last 10 minutes, usual 20 per 10 minutes; 20 is not > 100.
        var steady = Every(TimeSpan.FromSeconds(30), 600, Now);

        var pace = SubmissionPace.Of(steady, Now);

        Assert.Equal(20, pace.RecentCount);
        Assert.Equal(120.0, pace.UsualPerHour, 0);
        Assert.False(pace.IsUnusual);
    }

    [Fact]
    public void Fewer_than_ten_recent_submissions_are_never_unusual()
    {
        var pace = SubmissionPace.Of(Every(TimeSpan.FromSeconds(10), SubmissionPace.MinimumBurst - 1, Now), Now);

        Assert.Equal(0, pace.UsualPerHour);
        Assert.False(pace.IsUnusual);
    }

    [Fact]
    public void Ten_submissions_in_the_first_ten_minutes_of_a_new_collecte_are_unusual()
    {
        var pace = SubmissionPace.Of(Every(TimeSpan.FromSeconds(10), SubmissionPace.MinimumBurst, Now), Now);

        Assert.True(pace.IsUnusual);
    }

    [Fact]
    public void A_young_collecte_counts_its_past_over_at_least_one_hour()
    {
        // 30 submissions in the 20 minutes before the window: 30 per hour (not 90), 5 per 10 minutes; 26 > 25 is unusual, 25 is not.
        var before = Every(TimeSpan.FromSeconds(40), 30, Now.AddMinutes(-10).AddSeconds(-1));

        Assert.Equal(30.0, SubmissionPace.Of(before, Now).UsualPerHour, 1);
        Assert.True(SubmissionPace.Of(before.Concat(Every(TimeSpan.FromSeconds(5), 26, Now)), Now).IsUnusual);
        Assert.False(SubmissionPace.Of(before.Concat(Every(TimeSpan.FromSeconds(5), 25, Now)), Now).IsUnusual);
    }
}
