using System.Text;
using Diagnostic.Core.Csv;

namespace Diagnostic.Core.Tests.Csv;

public class CsvTableTests
{
    private static byte[] Write(CsvDialect dialect, Action<CsvTable> write) => CsvTable.ToBytes(dialect, write);

    [Fact]
    public void Comma_dialect_quotes_only_fields_with_a_comma_a_quote_or_a_line_break_and_ends_lines_with_CRLF()
    {
        var bytes = Write(CsvDialect.Comma, t =>
        {
            t.Row("a", "b,c", "d\"e", "f;g");
            t.Row("x\ny", null, "", "z");
        });

        Assert.Equal("a,\"b,c\",\"d\"\"e\",f;g\r\n\"x\ny\",,,z\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Excel_fr_dialect_starts_with_a_BOM_and_quotes_semicolons_not_commas()
    {
        var bytes = Write(CsvDialect.ExcelFr, t => t.Row("a", "b,c", "d;e"));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("a;b,c;\"d;e\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Free_text_is_neutralised_and_codes_and_numbers_are_not()
    {
        var bytes = Write(CsvDialect.Comma, t => t.Row("-2", CsvCell.Text("-2"), "=A1", CsvCell.Text("=HYPERLINK(\"http://x\",\"y\")")));

        Assert.Equal("-2,'-2,=A1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task A_text_writer_gets_the_dialects_line_end_and_no_BOM()
    {
        await using var text = new StringWriter();
        await using (var table = CsvTable.To(text, CsvDialect.Comma with { NewLine = "\n" }))
        {
            table.Code("a").Text("+1");
            await table.EndRowAsync();
        }

        Assert.Equal("a,'+1\n", text.ToString());
    }
}
