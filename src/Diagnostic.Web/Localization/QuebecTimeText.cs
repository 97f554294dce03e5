using System.Globalization;
using Diagnostic.Data.Collectes;

namespace Diagnostic.Web.Localization;

/// <summary>
/// An instant in Québec time, as people write it: « 6 décembre 2026 » and « 14 h 05 » in French, "December 6, 2026"
/// and "2:05 PM" in English (when a printed portrait was built, when an audited action happened). Screens show days
/// this way; files and attributes read by machines (CSV, plan snapshots, <c>datetime</c>, date inputs) keep yyyy-MM-dd.
/// </summary>
public static class QuebecTimeText
{
    public static string Date(DateTimeOffset instant, string language) => Day(QuebecDates.DayOf(instant), language);

    /// <summary>The Québec day of <paramref name="instant"/> in the page's language.</summary>
    public static string Date(DateTimeOffset instant) => Date(instant, Languages.Current);

    /// <summary>« 14 mai 2026 » in French, "May 14, 2026" in English.</summary>
    public static string Day(DateOnly day, string language) =>
        day.ToString(language == Languages.English ? "MMMM d, yyyy" : "d MMMM yyyy", CultureInfo.GetCultureInfo(language));

    /// <summary>A day in the page's language.</summary>
    public static string Day(DateOnly day) => Day(day, Languages.Current);

    public static string Time(DateTimeOffset instant, string language) =>
        Local(instant).ToString(language == "en" ? "h:mm tt" : "H' h 'mm", CultureInfo.GetCultureInfo(language));

    private static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, QuebecDates.Zone).DateTime;
}
