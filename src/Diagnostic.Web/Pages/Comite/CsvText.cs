using System.Globalization;
using System.Text;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>Excel-FR CSV (domain.md 5.0): `;` between fields, decimal comma, UTF-8 with a BOM so Excel reads the accents.</summary>
public sealed class CsvText
{
    private readonly StringBuilder builder = new();

    public CsvText Row(params object?[] fields)
    {
        builder.AppendJoin(';', fields.Select(Field)).Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            double d => d.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ','),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
