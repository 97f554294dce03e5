using System.Globalization;
using System.Text.RegularExpressions;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Charts;

public class ChartRendererTests
{
    private static DimensionScoresChart SainteCecile() =>
        DimensionScoresChart.From(SamplePortrait.Build(), Audience.Citizen, SamplePortrait.SainteCecileLabel, SamplePortrait.Dimensions, ChartLanguage.French);

    /// <summary>Skia numbers clip paths from a process-wide counter (which keeps inline SVGs of one page apart).</summary>
    private static string WithoutClipIds(string svg) => Regex.Replace(svg, @"cl_[0-9a-fA-F]+", "cl_N");

    [Fact]
    public void One_chart_model_renders_the_same_svg_from_several_threads_at_once()
    {
        var chart = SainteCecile();
        var expected = WithoutClipIds(chart.RenderSvg(400));

        var svgs = new string[8];
        Parallel.For(0, svgs.Length, i => svgs[i] = chart.RenderSvg(400));

        Assert.All(svgs, svg => Assert.Equal(expected, WithoutClipIds(svg)));
    }

    [Theory]
    [InlineData(100, 400)]
    [InlineData(400, 5000)]
    public void Sizes_outside_the_renderable_range_are_refused(int width, int height)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SainteCecile().RenderPng(width, height));
    }

    [Theory]
    [InlineData("fr-CA", "Ensemble du territoire")]
    [InlineData("fr-FR", "Ensemble du territoire")]
    [InlineData("en-CA", "Whole territory")]
    [InlineData("es-ES", "Whole territory")]
    public void The_page_culture_picks_the_chart_language(string culture, string territory)
    {
        Assert.Equal(territory, ChartLanguage.For(CultureInfo.GetCultureInfo(culture)).Territory);
    }

    [Fact]
    public void A_radar_of_eight_dimensions_stays_readable_on_a_phone()
    {
        var dimensions = Enumerable.Range(1, 8).Select(i => new DimensionLabel($"d{i}", $"Dimension numéro {i} à évaluer")).ToList();
        var rows = dimensions.SelectMany(d => new[]
        {
            SamplePortrait.Score("ALL", d.Id, 50 + d.Id.Length, 900),
            SamplePortrait.Score(SamplePortrait.SainteCecile, d.Id, 40 + 3 * int.Parse(d.Id[1..]), 80),
        }).ToList();
        var portrait = new Portrait("citoyens", 1, 5, rows);
        var chart = DimensionRadarChart.From(portrait, Audience.Citizen, SamplePortrait.SainteCecileLabel, dimensions, ChartLanguage.French);

        ChartArtifacts.Save("radar-8-fr-360", chart.RenderPng(360));
        var svg = new SvgReader(chart.RenderSvg(360));

        Assert.Equal(8, svg.Markers("#0072B2"));
        Assert.Contains("Dimension numéro 8 à évaluer", svg.AllText);
    }

    [Fact]
    public void A_heatmap_of_thirty_neighbourhoods_gets_a_height_that_fits_them()
    {
        var neighbourhoods = Enumerable.Range(1, 30).Select(i => new NeighbourhoodLabel($"Q{i}", $"Quartier n° {i}")).ToList();
        var rows = neighbourhoods.Prepend(SamplePortrait.TerritoryLabel)
            .SelectMany(n => SamplePortrait.Dimensions.Select((d, j) => SamplePortrait.Score(n.Code, d.Id, 30 + (n.Code.Length * 7 + j * 11) % 50, 60)))
            .ToList();
        var chart = DimensionHeatmapChart.From(
            new Portrait("citoyens", 1, 5, rows), Audience.Citizen, neighbourhoods, SamplePortrait.Dimensions, "quartier", ChartLanguage.French);

        var png = chart.RenderPng(360);
        ChartArtifacts.Save("heatmap-30-fr-360", png);

        Assert.True(PngImage.Size(png).Height >= 31 * 30);
        Assert.Equal(31, chart.Table.Rows.Count);
    }
}
