using System.Globalization;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>Figures of the plan and bilan files (written by <see cref="ComiteCsv"/>) with a fixed number of decimals.</summary>
public static class PlanCsv
{
    public static string Number(double? value, int decimals) =>
        value is { } v ? v.ToString("F" + decimals, CultureInfo.InvariantCulture).Replace('.', ',') : "";
}
