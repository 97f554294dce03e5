using Diagnostic.Core.Charts;
using Diagnostic.Core.Formatting;

namespace Diagnostic.Core.Tests.Formatting;

/// <summary>The one number formatter of pages and charts, in French (fr-CA) and English (en-CA). Expected texts by hand.</summary>
public class NumberTextTests
{
    [Theory]
    [InlineData("fr", 42.5, 1, "42,5")]
    [InlineData("fr", 1250, 0, "1\u202F250")]
    [InlineData("fr", 1234567.891, 2, "1\u202F234\u202F567,89")]
    [InlineData("fr", -3.25, 1, "−3,3")]
    [InlineData("en", 42.5, 1, "42.5")]
    [InlineData("en", 1250, 0, "1,250")]
    [InlineData("en", -3.25, 1, "−3.3")]
    public void Numbers_group_thousands_and_round_half_away_from_zero(string language, double value, int decimals, string expected) =>
        Assert.Equal(expected, NumberText.For(language).Number(value, decimals));

    [Theory]
    [InlineData("fr", 0.425, 1, "42,5\u202F%")]
    [InlineData("fr", 0.125, 0, "13\u202F%")]
    [InlineData("en", 0.425, 1, "42.5%")]
    [InlineData("en", 0.125, 0, "13%")]
    public void A_share_reads_as_a_percentage_the_same_way_in_every_page_and_chart(string language, double fraction, int decimals, string expected) =>
        Assert.Equal(expected, NumberText.For(language).Percent(fraction, decimals));

    [Fact]
    public void Intervals_money_and_missing_figures_follow_the_language()
    {
        Assert.Equal("[1,2\u202F; 5,6]", NumberText.French.Interval("1,2", "5,6"));
        Assert.Equal("[1.2, 5.6]", NumberText.English.Interval("1.2", "5.6"));
        Assert.Equal("2\u202F000\u202F$", NumberText.French.Money(2000m));
        Assert.Equal("$2,000", NumberText.English.Money(2000m));
        Assert.Equal("—", NumberText.French.Number(null, 1, "—"));
    }

    [Fact]
    public void Charts_use_the_same_separators_as_the_pages()
    {
        Assert.Equal(NumberText.French.Number(1234.5, 1), 1234.5.ToString("N1", ChartLanguage.French.Numbers));
        Assert.Equal(NumberText.English.Number(1234.5, 1), 1234.5.ToString("N1", ChartLanguage.English.Numbers));
        Assert.Equal(NumberText.French.PercentSpace, ChartLanguage.French.PercentSpace);
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("fr", "fr")]
    [InlineData(null, "fr")]
    [InlineData("es", "fr")]
    public void French_is_the_default_language(string? asked, string expected) =>
        Assert.Equal(expected, NumberText.For(asked).Language);
}
