using System.Globalization;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>The plan and bilan exports as Excel-FR CSV, written by <see cref="CsvText"/> (one quoting rule for the comité's files).</summary>
public static class PlanCsv
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new CsvText().Row([.. header]);
        foreach (var row in rows) csv.Row([.. row]);
        return csv.ToBytes();
    }

    public static string Number(double? value, int decimals) =>
        value is { } v ? v.ToString("F" + decimals, CultureInfo.InvariantCulture).Replace('.', ',') : "";
}
