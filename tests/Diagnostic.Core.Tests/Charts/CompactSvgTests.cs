using System.Text.RegularExpressions;
using System.Xml.Linq;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Charts;

/// <summary>Issue 16: the SVG a page loads is compact (rounded coordinates, shared clip paths, no repeated font) and draws the same.</summary>
public sealed class CompactSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static Chart Heatmap() => DimensionHeatmapChart.From(SamplePortrait.Build(), Audience.Citizen,
        [SamplePortrait.SainteCecileLabel, SamplePortrait.VieuxLabel, SamplePortrait.RiviereLabel], SamplePortrait.Dimensions, "quartier", ChartLanguage.French);

    private static string Raw(Chart chart, int width, int height)
    {
        using var plot = ChartRenderer.Build(chart, width, height);
        return plot.GetSvgXml(width, height);
    }

    [Fact]
    public void The_compact_svg_keeps_every_text_and_shape_in_well_under_half_the_bytes()
    {
        var chart = Heatmap();
        var height = chart.SuggestedHeight(360);
        var raw = Raw(chart, 360, height);
        var compact = chart.RenderSvg(360);
        var before = XDocument.Parse(raw);
        var after = XDocument.Parse(compact);

        Assert.True(compact.Length * 2 < raw.Length, $"{compact.Length} bytes against {raw.Length}");
        Assert.Equal(Texts(before), Texts(after));
        foreach (var shape in new[] { "rect", "path", "ellipse", "text" })
            Assert.Equal(before.Descendants(Svg + shape).Count(e => e.Parent?.Name != Svg + "clipPath"),
                after.Descendants(Svg + shape).Count(e => e.Parent?.Name != Svg + "clipPath"));
        Assert.Equal($"0 0 360 {height}", (string?)after.Root!.Attribute("viewBox"));
        Assert.StartsWith("DejaVu Sans,", (string?)after.Root.Attribute("font-family") ?? "");
        Assert.DoesNotMatch(@"\d\.\d{3}", compact);
        Assert.DoesNotContain("stroke-miterlimit=\"4\"", compact);
        // One clip path per distinct rectangle, and every reference points at one that exists.
        var clips = after.Descendants(Svg + "clipPath").Select(c => (string)c.Attribute("id")!).ToHashSet();
        Assert.True(clips.Count <= 4, $"{clips.Count} clip paths");
        Assert.All(Regex.Matches(compact, @"url\(#([^)]+)\)"), m => Assert.Contains(m.Groups[1].Value, clips));
    }

    [Fact]
    public void The_same_chart_gives_the_same_bytes_every_time()
    {
        Assert.Equal(Heatmap().RenderSvg(540), Heatmap().RenderSvg(540));
    }

    private static List<string> Texts(XDocument document) => document.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
}
