using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Csv;

/// <summary>
/// The two CSV flavours the platform writes: plain comma (the contract files, readable by any tool) and Excel-FR
/// (semicolon, because French Excel takes the comma as the decimal mark, and a UTF-8 BOM so it reads the accents).
/// </summary>
public sealed record CsvDialect(char Separator, bool ByteOrderMark, string NewLine = "\r\n")
{
    public static readonly CsvDialect Comma = new(',', ByteOrderMark: false);

    public static readonly CsvDialect ExcelFr = new(';', ByteOrderMark: true);

    public static CsvDialect Of(ResponseCsvSeparator separator) =>
        separator == ResponseCsvSeparator.SemicolonForExcel ? ExcelFr : Comma;
}
