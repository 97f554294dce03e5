using System.Globalization;
using Diagnostic.Core.Csv;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>
/// The comité's files (plan, bilan, targets, votes) as Excel-FR CSV (domain.md 5.0) through Core's <see cref="CsvTable"/>:
/// `;` between fields, UTF-8 with a BOM so Excel reads the accents, decimal comma; what members typed is marked
/// <see cref="CsvCell.Text"/> so that no spreadsheet runs it as a formula.
/// </summary>
public static class ComiteCsv
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<CsvCell>> rows) =>
        CsvTable.ToBytes(CsvDialect.ExcelFr, table =>
        {
            foreach (var name in header) table.Code(name);
            table.EndRow();
            foreach (var row in rows) table.Row([.. row]);
        });

    /// <summary>A count or figure as Excel-FR reads it: invariant digits, decimal comma, at most four decimals.</summary>
    public static string? Value(object? value) => value switch
    {
        null => null,
        double d => d.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ','),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
