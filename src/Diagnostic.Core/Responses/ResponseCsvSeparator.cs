namespace Diagnostic.Core.Responses;

/// <summary>The two dialects of the response file: plain comma CSV, or semicolons with a UTF-8 BOM for French Excel.</summary>
public enum ResponseCsvSeparator
{
    Comma,
    SemicolonForExcel,
}
