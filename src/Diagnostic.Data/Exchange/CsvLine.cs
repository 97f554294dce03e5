using System.Buffers;
using System.Text;

namespace Diagnostic.Data.Exchange;

/// <summary>Builds one RFC 4180 line (quotes only when needed, CRLF) for the long and codebook files.</summary>
internal sealed class CsvLine(char separator)
{
    private readonly SearchValues<char> _needsQuotes = SearchValues.Create(separator == ',' ? ",\"\r\n" : ";\"\r\n");
    private readonly StringBuilder _line = new(256);

    public string Of(params string?[] fields)
    {
        _line.Clear();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _line.Append(separator);
            Append(fields[i]);
        }
        return _line.Append("\r\n").ToString();
    }

    private void Append(string? field)
    {
        if (string.IsNullOrEmpty(field)) return;
        if (field.AsSpan().IndexOfAny(_needsQuotes) < 0)
        {
            _line.Append(field);
            return;
        }
        _line.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
