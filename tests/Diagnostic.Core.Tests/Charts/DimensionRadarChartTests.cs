using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Charts;

public class DimensionRadarChartTests
{
    private const string Blue = "#0072B2";
    private const string Orange = "#E69F00";

    private static DimensionRadarChart Radar(NeighbourhoodLabel neighbourhood, ChartLanguage language, Portrait? portrait = null) =>
        DimensionRadarChart.From(portrait ?? SamplePortrait.Build(), Audience.Citizen, neighbourhood, SamplePortrait.Dimensions, language);

    [Fact]
    public void Territory_has_a_point_on_every_spoke_and_the_neighbourhood_none_on_its_suppressed_dimension()
    {
        var svg = new SvgReader(Radar(SamplePortrait.SainteCecileLabel, ChartLanguage.French).RenderSvg(400));

        Assert.Equal(5, svg.Markers(Orange));
        Assert.Equal(4, svg.Markers(Blue));
    }

    [Fact]
    public void Spoke_labels_keep_their_accents_and_a_suppressed_score_reads_n_below_min_cell()
    {
        var text = new SvgReader(Radar(SamplePortrait.SainteCecileLabel, ChartLanguage.French).RenderSvg(720)).AllText;

        Assert.Contains("Sentiment d'appartenance", text);
        Assert.Contains("Sécurité n < 5", text);
        Assert.Contains("Services de proximité", text);
        Assert.Contains("Quartier Sainte-Cécile\u00A0: scores par dimension", text);
        Assert.Contains("Ensemble du territoire", text);
    }

    [Fact]
    public void On_a_phone_spokes_carry_a_number_and_the_notes_name_each_dimension()
    {
        var text = new SvgReader(Radar(SamplePortrait.SainteCecileLabel, ChartLanguage.French).RenderSvg(360)).AllText;

        Assert.Contains("2 n < 5", text);
        Assert.Contains("1. Sentiment d'appartenance", text);
        Assert.Contains("2. Sécurité", text);
        Assert.DoesNotContain("Sécurité n < 5", text);
    }

    [Fact]
    public void French_scores_use_a_decimal_comma_and_English_ones_a_point()
    {
        var french = new SvgReader(Radar(SamplePortrait.SainteCecileLabel, ChartLanguage.French).RenderSvg(800)).AllText;
        var english = new SvgReader(Radar(SamplePortrait.SainteCecileLabel, ChartLanguage.English).RenderSvg(800)).AllText;

        Assert.Contains("72,5", french);
        Assert.DoesNotContain("72.5", french);
        Assert.Contains("72.5", english);
        Assert.Contains("Whole territory", english);
        Assert.Contains("Quartier Sainte-Cécile: scores by dimension", english);
    }

    [Fact]
    public void A_suppressed_row_is_never_drawn_even_if_it_still_carries_figures()
    {
        var portrait = SamplePortrait.Build();
        var leaky = portrait with
        {
            Rows = portrait.Rows.Select(r => r.Suppressed ? r with { N = 3, Score = 12.34, CiLow = 1, CiHigh = 20 } : r).ToList(),
        };
        var chart = Radar(SamplePortrait.SainteCecileLabel, ChartLanguage.French, leaky);
        var svg = new SvgReader(chart.RenderSvg(400));

        Assert.DoesNotContain("12,3", svg.AllText);
        Assert.Equal(4, svg.Markers(Blue));
        Assert.DoesNotContain(chart.Table.Rows.SelectMany(r => r), c => c.Contains("12,3"));
    }

    [Fact]
    public void Table_gives_every_dimension_with_n_and_says_n_below_min_cell_for_a_hidden_score()
    {
        var table = Radar(SamplePortrait.SainteCecileLabel, ChartLanguage.French).Table;

        Assert.Equal(7, table.Headers.Count);
        Assert.Equal(["Sentiment d'appartenance", "72,5", "[67,4\u202F; 77,6]", "140", "61,0", "[56,8\u202F; 65,2]", "1\u202F250"], table.Rows[0]);
        Assert.Equal(["Sécurité", "n < 5", "—", "n < 5", "55,5", "[51,3\u202F; 59,7]", "1\u202F240"], table.Rows[1]);
        Assert.Null(table.Footnote);
    }

    [Fact]
    public void Scores_resting_on_fewer_than_30_respondents_carry_the_caution_mark_and_note()
    {
        var chart = Radar(SamplePortrait.VieuxLabel, ChartLanguage.French);
        var text = new SvgReader(chart.RenderSvg(720)).AllText;

        Assert.Contains("58,3 † n\u00A0=\u00A022", text);
        Assert.Contains("† n\u00A0<\u00A030, à interpréter avec prudence", text);
        Assert.Equal("58,3 †", chart.Table.Rows[0][1]);
        Assert.Equal("† n\u00A0<\u00A030, à interpréter avec prudence", chart.Table.Footnote);
    }

    [Fact]
    public void The_territory_itself_is_drawn_alone()
    {
        var chart = Radar(SamplePortrait.TerritoryLabel, ChartLanguage.French);
        var svg = new SvgReader(chart.RenderSvg(400));

        Assert.Equal(5, svg.Markers(Blue));
        Assert.Equal(0, svg.Markers(Orange));
        Assert.Equal(4, chart.Table.Headers.Count);
    }

    [Fact]
    public void Radar_renders_pngs_of_the_requested_size_for_phone_and_desktop()
    {
        var chart = Radar(SamplePortrait.SainteCecileLabel, ChartLanguage.French);
        var phone = chart.RenderPng(360);
        ChartArtifacts.Save("radar-fr-360", phone);
        ChartArtifacts.Save("radar-fr-800", chart.RenderPng(800));
        ChartArtifacts.Save("radar-caution-fr-360", Radar(SamplePortrait.VieuxLabel, ChartLanguage.French).RenderPng(360));
        ChartArtifacts.Save("radar-en-800", Radar(SamplePortrait.SainteCecileLabel, ChartLanguage.English).RenderPng(800));

        Assert.True(PngImage.HasSignature(phone));
        Assert.Equal((360, chart.SuggestedHeight(360)), PngImage.Size(phone));
        Assert.Equal((800, 600), PngImage.Size(chart.RenderPng(800, 600)));
    }
}
