using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Charts;

public class IndicatorTrendChartTests
{
    private const string Blue = "#0072B2";

    private static Portrait Collecte(params PortraitRow[] rows) => new("citoyen", 1, 5, rows);

    private static PortraitRow Belonging(string neighbourhood, int n, double score, double low, double high) =>
        new(Audience.Citizen, neighbourhood, FigureLevel.Dimension, "appartenance", N: n, Score: score, CiLow: low, CiHigh: high);

    private static PortraitRow Hidden(string neighbourhood) =>
        new(Audience.Citizen, neighbourhood, FigureLevel.Dimension, "appartenance", Suppressed: true);

    private static IndicatorTrendChart Trend(IndicatorTrendChartLanguage language, string neighbourhood = "STC") =>
        IndicatorTrendChart.FromPortraits(
            "Sentiment d'appartenance", "Sainte-Cécile",
            [
                ("Collecte 2024", Collecte(Belonging("STC", 140, 62.5, 58.1, 66.9))),
                ("Collecte 2025", Collecte(Hidden("STC"))),
                ("Collecte 2026", Collecte(Belonging("STC", 22, 71.3, 64.0, 78.5))),
            ],
            Audience.Citizen, neighbourhood, FigureLevel.Dimension, "appartenance", IndicatorTrendScale.Score, language);

    [Fact]
    public void Each_shown_collecte_has_a_point_and_an_interval_with_two_caps()
    {
        var svg = new SvgReader(Trend(IndicatorTrendChartLanguage.French).RenderSvg(800));

        Assert.Equal(2, svg.Markers(Blue));
        Assert.Equal(2 * 3, svg.StrokedShapes(Blue));
    }

    [Fact]
    public void A_suppressed_collecte_has_no_point_and_reads_n_below_min_cell()
    {
        var svg = new SvgReader(Trend(IndicatorTrendChartLanguage.French).RenderSvg(800));

        Assert.Contains("n < 5", svg.Texts);
        Assert.Contains("Collecte 2025", svg.AllText);
        Assert.Equal(2, svg.Markers(Blue));
    }

    [Fact]
    public void A_leaky_suppressed_row_never_shows_its_figures()
    {
        var leaky = Hidden("STC") with { N = 3, Score = 12.34, CiLow = 1.5, CiHigh = 20.25 };
        var chart = IndicatorTrendChart.FromPortraits(
            "Sentiment d'appartenance", "Sainte-Cécile", [("Collecte 2025", Collecte(leaky))],
            Audience.Citizen, "STC", FigureLevel.Dimension, "appartenance", IndicatorTrendScale.Score, IndicatorTrendChartLanguage.French);
        var text = new SvgReader(chart.RenderSvg(400)).AllText;

        Assert.DoesNotContain("12,3", text);
        Assert.DoesNotContain("n\u00A0=\u00A03", text);
        Assert.Equal(0, new SvgReader(chart.RenderSvg(400)).Markers(Blue));
        Assert.Equal(["Collecte 2025", "n < 5", "—", "n < 5"], chart.Table.Rows[0]);
    }

    [Fact]
    public void Values_read_in_French_with_accents_caution_mark_and_n()
    {
        var text = new SvgReader(Trend(IndicatorTrendChartLanguage.French).RenderSvg(800)).AllText;

        Assert.Contains("62,5 (n\u00A0=\u00A0140)", text);
        Assert.Contains("71,3 † (n\u00A0=\u00A022)", text);
        Assert.Contains("Sentiment d'appartenance — Sainte-Cécile, d'une collecte à l'autre", text);
        Assert.Contains("† n\u00A0<\u00A030, à interpréter avec prudence", text);
    }

    [Fact]
    public void The_table_gives_value_interval_and_n_per_collecte()
    {
        var table = Trend(IndicatorTrendChartLanguage.French).Table;

        Assert.Equal(["Collecte", "Valeur", "IC 95\u202F%", "n"], table.Headers);
        Assert.Equal(["Collecte 2024", "62,5", "[58,1\u202F; 66,9]", "140"], table.Rows[0]);
        Assert.Equal(["Collecte 2026", "71,3 †", "[64,0\u202F; 78,5]", "22"], table.Rows[2]);
    }

    [Fact]
    public void A_share_reads_as_a_whole_percentage_in_English()
    {
        var row = new PortraitRow(Audience.Citizen, "ALL", FigureLevel.Choice, "transport:bus", N: 200, Count: 84, Pct: 0.42, CiLow: 0.355, CiHigh: 0.488);
        var chart = IndicatorTrendChart.FromPortraits(
            "Bus", "Whole territory", [("2026", Collecte(row))], Audience.Citizen, "ALL", FigureLevel.Choice, "transport:bus",
            IndicatorTrendScale.Share, IndicatorTrendChartLanguage.English);

        Assert.Equal(["2026", "42%", "[36%, 49%]", "200"], chart.Table.Rows[0]);
        Assert.Contains("42% (n\u00A0=\u00A0200)", new SvgReader(chart.RenderSvg(400)).AllText);
    }

    [Fact]
    public void A_collecte_without_the_neighbourhood_is_a_dash_not_a_point()
    {
        var chart = Trend(IndicatorTrendChartLanguage.French, neighbourhood: "VX");

        Assert.All(chart.Table.Rows, r => Assert.Equal("—", r[1]));
        Assert.Equal(0, new SvgReader(chart.RenderSvg(400)).Markers(Blue));
    }

    [Fact]
    public void Png_has_the_requested_size()
    {
        var chart = Trend(IndicatorTrendChartLanguage.French);
        var png = chart.RenderPng(360);
        ChartArtifacts.Save("trend-fr-360", png);

        Assert.True(PngImage.HasSignature(png));
        Assert.Equal((360, chart.SuggestedHeight(360)), PngImage.Size(png));
    }
}
