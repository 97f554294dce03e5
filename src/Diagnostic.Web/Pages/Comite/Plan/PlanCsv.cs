using System.Globalization;
using System.Text;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>
/// Excel-FR CSV (domain.md 5.0): `;` between fields, decimal comma, UTF-8 with a BOM so Excel reads the
/// accents; a field is quoted when it holds `;`, a quote or a line break.
/// </summary>
public static class PlanCsv
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(';', header.Select(Field))).Append("\r\n");
        foreach (var row in rows)
            text.Append(string.Join(';', row.Select(Field))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Number(double? value, int decimals) =>
        value is { } v ? v.ToString("F" + decimals, CultureInfo.InvariantCulture).Replace('.', ',') : "";

    private static string Field(string value) =>
        value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
