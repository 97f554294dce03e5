using System.Globalization;
using Diagnostic.Data.Collectes;

namespace Diagnostic.Web.Localization;

/// <summary>
/// An instant in Québec time, as people write it: « 6 décembre 2026 » and « 14 h 05 » in French, "December 6, 2026"
/// and "2:05 PM" in English (when a printed portrait was built, when an audited action happened).
/// </summary>
public static class QuebecTimeText
{
    public static string Date(DateTimeOffset instant, string language) =>
        Local(instant).ToString(language == "en" ? "MMMM d, yyyy" : "d MMMM yyyy", CultureInfo.GetCultureInfo(language));

    public static string Time(DateTimeOffset instant, string language) =>
        Local(instant).ToString(language == "en" ? "h:mm tt" : "H' h 'mm", CultureInfo.GetCultureInfo(language));

    private static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, QuebecDates.Zone).DateTime;
}
