using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Charts;

public class DimensionScoresChartTests
{
    private const string Blue = "#0072B2";
    private const string Orange = "#E69F00";
    private const int LegendSymbol = 1;

    private static DimensionScoresChart Scores(NeighbourhoodLabel neighbourhood, ChartLanguage language, Portrait? portrait = null) =>
        DimensionScoresChart.From(portrait ?? SamplePortrait.Build(), Audience.Citizen, neighbourhood, SamplePortrait.Dimensions, language);

    [Fact]
    public void Each_shown_score_has_a_point_and_an_interval_with_two_caps()
    {
        var svg = new SvgReader(Scores(SamplePortrait.SainteCecileLabel, ChartLanguage.French).RenderSvg(800));

        Assert.Equal(4 + LegendSymbol, svg.Markers(Blue));
        Assert.Equal(4 * 3 + LegendSymbol, svg.StrokedShapes(Blue));
        Assert.Equal(5 + LegendSymbol, svg.FilledShapes(Orange));
        Assert.Equal(5 * 3 + LegendSymbol, svg.StrokedShapes(Orange));
    }

    [Fact]
    public void Value_labels_give_score_and_n_in_French_format()
    {
        var text = new SvgReader(Scores(SamplePortrait.SainteCecileLabel, ChartLanguage.French).RenderSvg(360)).AllText;

        Assert.Contains("72,5 (n\u00A0=\u00A0140)", text);
        Assert.Contains("61,0 (n\u00A0=\u00A01\u202F250)", text);
        Assert.Contains("Sentiment d'appartenance", text);
        Assert.Contains("Sécurité n < 5", text);
        Assert.Contains("Score (0–100)", text);
    }

    [Fact]
    public void Value_labels_give_score_and_n_in_English_format()
    {
        var text = new SvgReader(Scores(SamplePortrait.SainteCecileLabel, ChartLanguage.English).RenderSvg(360)).AllText;

        Assert.Contains("72.5 (n\u00A0=\u00A0140)", text);
        Assert.Contains("61.0 (n\u00A0=\u00A01,250)", text);
        Assert.Contains("Whole territory", text);
        Assert.DoesNotContain("72,5", text);
    }

    [Fact]
    public void A_suppressed_score_shows_neither_its_value_nor_its_interval()
    {
        var portrait = SamplePortrait.Build();
        var leaky = portrait with
        {
            Rows = portrait.Rows.Select(r => r.Suppressed ? r with { N = 4, Score = 12.34, CiLow = 3.21, CiHigh = 21.47 } : r).ToList(),
        };
        var text = new SvgReader(Scores(SamplePortrait.SainteCecileLabel, ChartLanguage.French, leaky).RenderSvg(400)).AllText;

        Assert.DoesNotContain("12,3", text);
        Assert.DoesNotContain("n\u00A0=\u00A04", text);
        Assert.Contains("n < 5", text);
    }

    [Fact]
    public void Scores_under_30_respondents_carry_the_caution_mark_and_note()
    {
        var text = new SvgReader(Scores(SamplePortrait.VieuxLabel, ChartLanguage.French).RenderSvg(360)).AllText;

        Assert.Contains("58,3 † (n\u00A0=\u00A022)", text);
        Assert.Contains("61,0 (n\u00A0=\u00A01\u202F250)", text);
        Assert.Contains("† n\u00A0<\u00A030, à interpréter avec prudence", text);
    }

    [Fact]
    public void The_territory_itself_is_drawn_alone_with_its_table()
    {
        var chart = Scores(SamplePortrait.TerritoryLabel, ChartLanguage.French);
        var svg = new SvgReader(chart.RenderSvg(400));

        Assert.Equal(5 + LegendSymbol, svg.Markers(Blue));
        Assert.Equal(0, svg.FilledShapes(Orange));
        Assert.Equal(["Dimension", "Territoire — Score", "Territoire — IC 95\u202F%", "Territoire — n"], chart.Table.Headers);
        Assert.Equal(["Sécurité", "55,5", "[51,3\u202F; 59,7]", "1\u202F240"], chart.Table.Rows[1]);
    }

    [Fact]
    public void Scores_chart_renders_pngs_of_the_requested_size()
    {
        var chart = Scores(SamplePortrait.SainteCecileLabel, ChartLanguage.French);
        var phone = chart.RenderPng(360);
        ChartArtifacts.Save("scores-fr-360", phone);
        ChartArtifacts.Save("scores-fr-800", chart.RenderPng(800));
        ChartArtifacts.Save("scores-caution-en-360", Scores(SamplePortrait.VieuxLabel, ChartLanguage.English).RenderPng(360));

        Assert.True(PngImage.HasSignature(phone));
        Assert.Equal((360, chart.SuggestedHeight(360)), PngImage.Size(phone));
        Assert.Equal((1200, 700), PngImage.Size(chart.RenderPng(1200, 700)));
    }
}
