using System.Globalization;
using Diagnostic.Web.Localization;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>Counts and shares as the reader's language writes them (« 1 250 », « 42,5 % » in French).</summary>
public static class OrganizerNumbers
{
    public static string Count(int value) => Languages.Current == Languages.French
        ? FrenchNumbers.Format(value)
        : value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double percent) => Languages.Current == Languages.French
        ? FrenchNumbers.Percent(percent)
        : percent.ToString("N1", CultureInfo.InvariantCulture) + " %";
}
