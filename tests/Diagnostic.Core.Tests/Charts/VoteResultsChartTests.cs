using Diagnostic.Core.Charts;

namespace Diagnostic.Core.Tests.Charts;

public sealed class VoteResultsChartTests
{
    private static VoteResultsChart Chart() => new(
        "Tour 1 : gommettes par type de votant", "Cible", "Gommettes", ["Logement", "Sécurité"],
        [new VoteSeries("Citoyens", [5, 0]), new VoteSeries("Organismes", [1, 4])],
        ["6", "4"], "Total, tous types", v => v.ToString("0"), "Égalités : plus de membres.")
    { WholeNumbers = true };

    [Fact]
    public void Each_voter_type_gets_its_own_bar_and_no_bar_is_drawn_for_zero()
    {
        var svg = new SvgReader(Chart().RenderSvg(ChartRenderer.DesktopWidth));

        // Okabe–Ito blue (first type) and orange (second type): one bar per non-zero value, plus one legend swatch each.
        Assert.Equal(1 + 1, svg.FilledShapes("#0072B2"));
        Assert.Equal(2 + 1, svg.FilledShapes("#E69F00"));
        Assert.Contains("Logement", svg.AllText);
    }

    [Fact]
    public void Table_keeps_types_apart_and_adds_the_explicit_total()
    {
        var table = Chart().Table;

        Assert.Equal(["Cible", "Citoyens", "Organismes", "Total, tous types"], table.Headers);
        Assert.Equal(["Logement", "5", "1", "6"], table.Rows[0]);
        Assert.Equal(["Sécurité", "0", "4", "4"], table.Rows[1]);
    }

    [Fact]
    public void Renders_on_a_phone_width()
    {
        var svg = new SvgReader(Chart().RenderSvg(ChartRenderer.PhoneWidth));

        Assert.Equal(ChartRenderer.PhoneWidth, svg.Width);
        Assert.Contains("Sécurité", svg.AllText);
    }
}
