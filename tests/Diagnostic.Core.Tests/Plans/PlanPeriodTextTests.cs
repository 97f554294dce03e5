using System.Globalization;
using Diagnostic.Core.Plans;

namespace Diagnostic.Core.Tests.Plans;

public class PlanPeriodTextTests
{
    private static readonly CultureInfo French = new("fr-CA");
    private static readonly CultureInfo English = new("en-CA");

    [Theory]
    [InlineData("printemps 2027", "2027-03-01", "2027-05-31")]
    [InlineData("Été 2027", "2027-06-01", "2027-08-31")]
    [InlineData("ete 2027", "2027-06-01", "2027-08-31")]
    [InlineData("automne 2027", "2027-09-01", "2027-11-30")]
    [InlineData("  AUTOMNE   2027 ", "2027-09-01", "2027-11-30")]
    [InlineData("fall 2027", "2027-09-01", "2027-11-30")]
    [InlineData("autumn 2027", "2027-09-01", "2027-11-30")]
    [InlineData("hiver 2027", "2026-12-01", "2027-02-28")]
    [InlineData("hiver 2027-2028", "2027-12-01", "2028-02-29")]
    [InlineData("winter 2028", "2027-12-01", "2028-02-29")]
    public void A_season_covers_its_three_whole_months(string text, string start, string due)
    {
        var period = PlanPeriodText.Parse(text)!;

        Assert.Equal(PlanPeriodKind.Season, period.Kind);
        Assert.Equal((DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(due, CultureInfo.InvariantCulture)), (period.Start, period.Due));
    }

    [Theory]
    [InlineData("octobre 2027", "2027-10-01", "2027-10-31")]
    [InlineData("Février 2028", "2028-02-01", "2028-02-29")]
    [InlineData("fevrier 2027", "2027-02-01", "2027-02-28")]
    [InlineData("August 2027", "2027-08-01", "2027-08-31")]
    [InlineData("2027-04", "2027-04-01", "2027-04-30")]
    public void A_month_covers_its_days(string text, string start, string due)
    {
        var period = PlanPeriodText.Parse(text)!;

        Assert.Equal(PlanPeriodKind.Month, period.Kind);
        Assert.Equal((DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(due, CultureInfo.InvariantCulture)), (period.Start, period.Due));
    }

    [Theory]
    [InlineData("2027-09-22 au 2027-12-20", "2027-09-22", "2027-12-20")]
    [InlineData("du 2027-09-22 au 2027-12-20", "2027-09-22", "2027-12-20")]
    [InlineData("2027-09-22 to 2027-12-20", "2027-09-22", "2027-12-20")]
    [InlineData("2027-06-21", "2027-06-21", "2027-06-21")]
    public void Exact_dates_keep_their_days(string text, string start, string due)
    {
        var period = PlanPeriodText.Parse(text)!;

        Assert.Equal(PlanPeriodKind.Dates, period.Kind);
        Assert.Equal((DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(due, CultureInfo.InvariantCulture)), (period.Start, period.Due));
    }

    [Theory]
    [InlineData("")]
    [InlineData("bientôt")]
    [InlineData("automne")]
    [InlineData("automne 2027-2029")]
    [InlineData("octobre 2027-2028")]
    [InlineData("2027-13")]
    [InlineData("2027-12-20 au 2027-09-22")]
    [InlineData("2027-02-30")]
    public void Words_that_name_no_period_are_not_read_as_one(string text) => Assert.Null(PlanPeriodText.Parse(text));

    [Theory]
    [InlineData("automne 2027", "automne 2027", "fall 2027")]
    [InlineData("ete 2027", "été 2027", "summer 2027")]
    [InlineData("hiver 2027", "hiver 2027", "winter 2027")]
    [InlineData("hiver 2026-2027", "hiver 2027", "winter 2027")]
    [InlineData("fevrier 2028", "février 2028", "February 2028")]
    [InlineData("2027-09-22 au 2027-12-20", "du 2027-09-22 au 2027-12-20", "2027-09-22 to 2027-12-20")]
    [InlineData("2027-06-21", "2027-06-21", "2027-06-21")]
    public void A_period_is_written_back_in_the_readers_language_and_reads_again_the_same(string text, string french, string english)
    {
        var period = PlanPeriodText.Parse(text)!;

        Assert.Equal(french, PlanPeriodText.Format(period, French));
        Assert.Equal(english, PlanPeriodText.Format(period, English));
        Assert.Equal(period, PlanPeriodText.Parse(french));
        Assert.Equal(period, PlanPeriodText.Parse(english));
    }

    [Fact]
    public void A_month_of_autumn_lies_inside_autumn_and_a_day_of_december_does_not()
    {
        var autumn = PlanPeriodText.Parse("automne 2027")!;

        Assert.True(autumn.Contains(PlanPeriodText.Parse("octobre 2027")!));
        Assert.True(autumn.Contains(autumn));
        Assert.False(autumn.Contains(PlanPeriodText.Parse("2027-11-15 au 2027-12-01")!));
    }
}
