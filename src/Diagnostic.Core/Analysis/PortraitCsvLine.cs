namespace Diagnostic.Core.Analysis;

/// <summary>RFC 4180 quoting for one field: only when it holds a comma, a quote or a line break.</summary>
internal static class PortraitCsvLine
{
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
