using Diagnostic.Core.Csv;

namespace Diagnostic.Core.Tests.Csv;

public class FormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r\n=1+1", "'\r\n=1+1")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("''two", "'''two")]
    public void A_value_that_a_spreadsheet_could_run_gets_one_leading_quote_which_reading_removes(string typed, string written)
    {
        Assert.Equal(written, FormulaGuard.Protect(typed));
        Assert.Equal(typed, FormulaGuard.Unprotect(written));
    }

    [Theory]
    [InlineData("Le parc, l'été")]
    [InlineData("1+1=2")]
    [InlineData(" =1")]
    [InlineData("\n=1")]
    [InlineData("")]
    public void Other_values_are_written_as_typed(string typed)
    {
        Assert.Equal(typed, FormulaGuard.Protect(typed));
        Assert.Equal(typed, FormulaGuard.Unprotect(typed));
    }

    [Theory]
    [InlineData("'abc")]
    [InlineData("'")]
    public void Reading_keeps_a_quote_that_the_writer_did_not_add(string value) =>
        Assert.Equal(value, FormulaGuard.Unprotect(value));

    [Fact]
    public void Null_stays_null() => Assert.Null(FormulaGuard.Protect(null));
}
