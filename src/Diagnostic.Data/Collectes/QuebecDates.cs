namespace Diagnostic.Data.Collectes;

/// <summary>
/// Collecte dates are typed as days in Québec: it opens at the start of its first day and closes at the end of
/// its last day (stored as the next midnight), whatever the server's time zone.
/// </summary>
public static class QuebecDates
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The last day a collecte closing at <paramref name="closesAt"/> is open.</summary>
    public static DateOnly LastDay(DateTimeOffset closesAt) => DayOf(closesAt.AddTicks(-1));
}
