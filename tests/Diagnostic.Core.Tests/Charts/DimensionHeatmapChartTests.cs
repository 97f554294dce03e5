using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Charts;

public class DimensionHeatmapChartTests
{
    private const string HiddenGrey = "#EEE";

    private static readonly IReadOnlyList<NeighbourhoodLabel> Neighbourhoods =
        [SamplePortrait.SainteCecileLabel, SamplePortrait.VieuxLabel, SamplePortrait.RiviereLabel];

    private static DimensionHeatmapChart Heatmap(ChartLanguage language, Portrait? portrait = null) =>
        DimensionHeatmapChart.From(portrait ?? SamplePortrait.Build(), Audience.Citizen, Neighbourhoods, SamplePortrait.Dimensions,
            language == ChartLanguage.French ? "quartier" : "neighbourhood", language);

    [Fact]
    public void Shown_cells_are_coloured_by_score_and_suppressed_ones_are_plain_grey()
    {
        var fills = new SvgReader(Heatmap(ChartLanguage.French).RenderSvg(800)).RectangleFills;

        // 4 rows (territory first) × 5 dimensions; Sainte-Cécile and Bord-de-l'Eau hide « Sécurité ».
        Assert.Equal(2, fills.Count(f => f == HiddenGrey));
        Assert.Equal(18, fills.Count(f => f.StartsWith('#') && f != HiddenGrey && f != "#555"));
    }

    [Fact]
    public void Suppressed_cells_are_hatched_in_the_svg_itself()
    {
        var svg = new SvgReader(Heatmap(ChartLanguage.French).RenderSvg(800));

        // Nine stripes per hidden cell, two hidden cells.
        Assert.Equal(2 * 9, svg.StrokedShapes("#BBB"));
    }

    [Fact]
    public void Headers_and_names_keep_their_accents_and_hidden_cells_read_n_below_5()
    {
        var text = new SvgReader(Heatmap(ChartLanguage.French).RenderSvg(360)).AllText;

        Assert.Contains("Sentiment d'appartenance", text);
        Assert.Contains("Sécurité", text);
        Assert.Contains("Quartier Sainte-Cécile", text);
        Assert.Contains("Ensemble du territoire", text);
        Assert.Contains("Scores par dimension et par quartier", text);
        Assert.Equal(2, new SvgReader(Heatmap(ChartLanguage.French).RenderSvg(360)).Texts.Count(t => t == "n < 5"));
    }

    [Fact]
    public void Cells_give_the_score_with_a_decimal_comma_in_French_and_a_point_in_English()
    {
        var french = new SvgReader(Heatmap(ChartLanguage.French).RenderSvg(800)).AllText;
        var english = new SvgReader(Heatmap(ChartLanguage.English).RenderSvg(800)).AllText;

        Assert.Contains("72,5 n\u00A0=\u00A0140", french);
        Assert.Contains("58,3 † n\u00A0=\u00A022", french);
        Assert.Contains("72.5 n\u00A0=\u00A0140", english);
        Assert.Contains("Whole territory", english);
        Assert.Contains("Scores by dimension and neighbourhood", english);
    }

    [Fact]
    public void A_suppressed_cell_never_shows_a_figure_left_on_its_row()
    {
        var portrait = SamplePortrait.Build();
        var leaky = portrait with
        {
            Rows = portrait.Rows.Select(r => r.Suppressed ? r with { N = 3, Score = 12.34 } : r).ToList(),
        };
        var chart = Heatmap(ChartLanguage.French, leaky);
        var svg = new SvgReader(chart.RenderSvg(800));

        Assert.DoesNotContain("12,3", svg.AllText);
        Assert.Equal(2, svg.RectangleFills.Count(f => f == HiddenGrey));
        Assert.DoesNotContain(chart.Table.Rows.SelectMany(r => r), c => c.Contains("12,3"));
    }

    [Fact]
    public void Table_has_a_score_and_an_n_per_dimension_for_every_row()
    {
        var table = Heatmap(ChartLanguage.French).Table;

        Assert.Equal(1 + 2 * 5, table.Headers.Count);
        Assert.Equal(["Ensemble du territoire", "Quartier Sainte-Cécile", "Vieux-Village", "Bord-de-l'Eau"], table.Rows.Select(r => r[0]));
        Assert.Equal(["Quartier Sainte-Cécile", "72,5", "140", "n < 5", "n < 5"], table.Rows[1].Take(5));
        Assert.Equal("† n\u00A0<\u00A030, à interpréter avec prudence", table.Footnote);
    }

    /// <summary>Seven dimensions with long titles: the columns are narrowest, the headers longest.</summary>
    private static readonly IReadOnlyList<DimensionLabel> ManyDimensions =
    [
        .. SamplePortrait.Dimensions,
        new("transport", "Transport collectif et mobilité active"),
        new("environnement", "Qualité de l'environnement et espaces verts"),
    ];

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    public void On_a_phone_the_column_headers_never_overlap(int dimensionCount)
    {
        var chart = DimensionHeatmapChart.From(SamplePortrait.Build(), Audience.Citizen, Neighbourhoods,
            ManyDimensions.Take(dimensionCount).ToList(), "quartier", ChartLanguage.French);
        var svgText = chart.RenderSvg(360);
        ChartArtifacts.Save($"heatmap-fr-360-{dimensionCount}dims", svgText);
        ChartArtifacts.Save($"heatmap-fr-360-{dimensionCount}dims", chart.RenderPng(360));

        // Each header line belongs to the one dimension whose title holds it.
        var titles = chart.Dimensions.Select(d => d.Title).ToList();
        var columns = new SvgReader(svgText).TextBoxes(b => titles.Count(t => t.Contains(b.Text, StringComparison.Ordinal)) == 1)
            .GroupBy(b => titles.FindIndex(t => t.Contains(b.Text, StringComparison.Ordinal))).OrderBy(g => g.Key).ToList();
        Assert.Equal(Enumerable.Range(0, dimensionCount), columns.Select(c => c.Key));
        for (var c = 1; c < columns.Count; c++)
            Assert.True(columns[c - 1].Max(h => h.Right) <= columns[c].Min(h => h.Left),
                $"header {c - 1} ends at {columns[c - 1].Max(h => h.Right):F1}, header {c} starts at {columns[c].Min(h => h.Left):F1}");
    }

    [Fact]
    public void Heatmap_renders_pngs_of_the_requested_size()
    {
        var chart = Heatmap(ChartLanguage.French);
        var phone = chart.RenderPng(360);
        ChartArtifacts.Save("heatmap-fr-360", phone);
        ChartArtifacts.Save("heatmap-fr-800", chart.RenderPng(800));
        ChartArtifacts.Save("heatmap-en-400", Heatmap(ChartLanguage.English).RenderPng(400));

        Assert.True(PngImage.HasSignature(phone));
        Assert.Equal((360, chart.SuggestedHeight(360)), PngImage.Size(phone));
    }
}
