using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;
using ScottPlot;

namespace Diagnostic.Core.Tests.Charts;

/// <summary>
/// Issue 13: charts drawn for the width they are shown at read on a phone: text of at least 14 px, no label over
/// another, labels on coloured bars and cells at 4.5:1 or more, the Likert 0 line clear of the item texts, heatmap
/// marks inside their cells, and the title left out when the page shows it.
/// </summary>
public sealed class ChartLegibilityTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly IReadOnlyList<string> Agreement =
        ["Tout à fait en désaccord", "Plutôt en désaccord", "Ni en accord ni en désaccord", "Plutôt d'accord", "Tout à fait d'accord"];

    /// <summary>« sec_enfants » has n = 22: its share of 45 % sits on vermillion and carries the caution mark.</summary>
    private static LikertChart Likert() => LikertChart.From(SamplePortrait.Build(), Audience.Citizen, SamplePortrait.SainteCecileLabel,
        "Sécurité", Agreement,
        [
            new("sec_jour", "Je me sens en sécurité dans mon quartier le jour.", [5, 10, 20, 50, 55], 10),
            new("sec_soir", "Je me sens en sécurité quand je marche seul ou seule le soir.", [25, 35, 30, 30, 20], 10),
            new("sec_enfants", "Je laisse mes enfants jouer dehors sans crainte.", [10, 5, 4, 3, 0], 3),
            new("sec_orange", "Les trottoirs sont dégagés l'hiver.", [2, 40, 10, 20, 20], 3),
        ],
        ChartLanguage.French);

    /// <summary>Eight dimensions, as the citizens' questionnaire has: the longest radar and the tightest heatmap.</summary>
    private static Portrait EightDimensions(out IReadOnlyList<DimensionLabel> dimensions)
    {
        string[] titles = ["Sentiment d'appartenance", "Sécurité", "Services de proximité", "Participation citoyenne",
            "Entraide et voisinage", "Logement", "Transport et mobilité", "Environnement et espaces verts"];
        dimensions = titles.Select((t, i) => new DimensionLabel($"d{i}", t)).ToList();
        var rows = dimensions.SelectMany((d, i) => new[]
        {
            SamplePortrait.Score("ALL", d.Id, 48.25 + i, 900),
            SamplePortrait.Score(SamplePortrait.SainteCecile, d.Id, 40.5 + 3 * i, 80),
            SamplePortrait.Score(SamplePortrait.Vieux, d.Id, 55.55 + i, 22),
            i == 1 ? SamplePortrait.Hidden(SamplePortrait.Riviere, d.Id) : SamplePortrait.Score(SamplePortrait.Riviere, d.Id, 99.95, 200),
        }).ToList();
        return new Portrait("citoyens", 1, 5, rows);
    }

    public static TheoryData<string, int> Charts() => new()
    {
        { "likert", 360 }, { "likert", 720 }, { "radar", 360 }, { "radar", 720 }, { "radar8", 360 }, { "radar8", 540 },
        { "scores", 360 }, { "scores", 720 }, { "heatmap", 360 }, { "heatmap", 720 }, { "heatmap8", 540 }, { "heatmap8", 720 },
    };

    private static Chart Make(string name)
    {
        var portrait = SamplePortrait.Build();
        var eight = EightDimensions(out var dimensions8);
        IReadOnlyList<NeighbourhoodLabel> hoods = [SamplePortrait.SainteCecileLabel, SamplePortrait.VieuxLabel, SamplePortrait.RiviereLabel];
        return name switch
        {
            "likert" => Likert(),
            "radar" => DimensionRadarChart.From(portrait, Audience.Citizen, SamplePortrait.SainteCecileLabel, SamplePortrait.Dimensions, ChartLanguage.French),
            "radar8" => DimensionRadarChart.From(eight, Audience.Citizen, SamplePortrait.VieuxLabel, dimensions8, ChartLanguage.French),
            "scores" => DimensionScoresChart.From(portrait, Audience.Citizen, SamplePortrait.VieuxLabel, SamplePortrait.Dimensions, ChartLanguage.French),
            "heatmap" => DimensionHeatmapChart.From(portrait, Audience.Citizen, hoods, SamplePortrait.Dimensions, "quartier", ChartLanguage.French),
            "heatmap8" => DimensionHeatmapChart.From(eight, Audience.Citizen, hoods, dimensions8, "quartier", ChartLanguage.French),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Every_text_is_at_least_14_px_and_no_text_runs_over_another(string name, int width)
    {
        var chart = Make(name);
        var svg = chart.RenderSvg(Math.Max(width, ChartRenderer.PageWidths.First(w => w >= Math.Min(chart.MinimumWidth, 720))));
        ChartArtifacts.Save($"legibility-{name}-{width}", svg);
        var boxes = new SvgReader(svg).TextBoxes(_ => true);

        Assert.All(boxes, b => Assert.True(b.FontSize >= 14, $"« {b.Text} » is {b.FontSize} px"));
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(boxes[i].Overlaps(boxes[j]), $"« {boxes[i].Text} » runs over « {boxes[j].Text} »");
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Labels_on_coloured_bars_and_cells_have_a_contrast_of_at_least_4_5(string name, int width)
    {
        var document = XDocument.Parse(Make(name).RenderSvg(width));
        var fills = new List<(double X, double Y, double W, double H, string Fill)>();
        var checkedLabels = 0;
        foreach (var element in document.Descendants())
        {
            if (element.Name == Svg + "rect" && (string?)element.Attribute("fill") is { } fill && fill != "none" && element.Attribute("fill-opacity") is null)
            {
                var (dx, dy) = Translation(element);
                fills.Add((dx + Number(element, "x"), dy + Number(element, "y"), Number(element, "width"), Number(element, "height"), fill));
            }
            if (element.Name != Svg + "text") continue;
            var box = SvgTextBox.From(element);
            var (cx, cy) = ((box.Left + box.Right) / 2, (box.Top + box.Bottom) / 2);
            var under = fills.LastOrDefault(f => cx >= f.X && cx <= f.X + f.W && cy >= f.Y && cy <= f.Y + f.H);
            if (under.Fill is null) continue;
            var ink = (string?)element.Attribute("fill") ?? "#000";
            var ratio = Contrast.Ratio(Parse(ink), Parse(under.Fill));
            Assert.True(ratio >= 4.5, $"« {box.Text} » in {ink} on {under.Fill}: {ratio:F2}:1");
            checkedLabels++;
        }
        Assert.True(checkedLabels > 3);
    }

    [Fact]
    public void The_contrast_ratio_is_the_one_of_WCAG()
    {
        // Python: def L(h): r,g,b=[int(h[i:i+2],16)/255 for i in (0,2,4)]; f=lambda c: c/12.92 if c<=0.04045 else ((c+0.055)/1.055)**2.4;
        //   return 0.2126*f(r)+0.7152*f(g)+0.0722*f(b); C=(max+0.05)/(min+0.05)
        // E69F00/white 2.2523 (the « 23 % » white on orange of issue 13), E69F00/black 9.3239, D55E00/white 3.8672, 0072B2/white 5.1854.
        Assert.Equal(2.2523, Contrast.Ratio(Color.FromHex("#E69F00"), Colors.White), 3);
        Assert.Equal(9.3239, Contrast.Ratio(Color.FromHex("#E69F00"), Colors.Black), 3);
        Assert.Equal(3.8672, Contrast.Ratio(Color.FromHex("#D55E00"), Colors.White), 3);
        Assert.Equal(5.1854, Contrast.Ratio(Color.FromHex("#0072B2"), Colors.White), 3);
        Assert.Equal(Colors.Black, Contrast.InkOn(Color.FromHex("#E69F00")));
        Assert.Equal(Colors.White, Contrast.InkOn(Color.FromHex("#0072B2")));
    }

    [Theory]
    [InlineData(360)]
    [InlineData(720)]
    public void The_likert_zero_line_is_drawn_across_the_bars_only_never_through_an_item_text(int width)
    {
        var svg = Likert().RenderSvg(width);
        var document = XDocument.Parse(svg);
        var texts = new SvgReader(svg).TextBoxes(b => b.Text.StartsWith("Je ", StringComparison.Ordinal) || b.Text.Contains("(n", StringComparison.Ordinal));
        var rules = document.Descendants(Svg + "path")
            .Where(p => (string?)p.Attribute("stroke") == "#555")
            .Select(p => Regex.Match((string?)p.Attribute("d") ?? "", @"^M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)$"))
            .Where(m => m.Success && m.Groups[1].Value == m.Groups[3].Value)
            .Select(m => (X: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                Y1: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Y2: double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture)))
            .ToList();

        Assert.Equal(4, rules.Count);
        Assert.NotEmpty(texts);
        foreach (var rule in rules)
            foreach (var text in texts.Where(t => t.Left < rule.X && rule.X < t.Right))
                Assert.True(Math.Max(rule.Y1, rule.Y2) <= text.Top || Math.Min(rule.Y1, rule.Y2) >= text.Bottom,
                    $"the 0 line ({rule.Y1}–{rule.Y2}) crosses « {text.Text} » ({text.Top}–{text.Bottom})");
    }

    [Theory]
    [InlineData("heatmap", 360)]
    [InlineData("heatmap8", 540)]
    [InlineData("heatmap8", 720)]
    public void Heatmap_scores_and_caution_marks_stay_inside_their_cells(string name, int width)
    {
        var document = XDocument.Parse(Make(name).RenderSvg(width));
        var cells = document.Descendants(Svg + "rect")
            .Where(r => (string?)r.Attribute("stroke") == "white" && Number(r, "width") > 20)
            .Select(r => (X: Number(r, "x"), Y: Number(r, "y"), W: Number(r, "width"), H: Number(r, "height")))
            .ToList();
        var marks = new SvgReader(document.ToString()).TextBoxes(b => Regex.IsMatch(b.Text, @"^([0-9]+,[0-9]( †)?|†|n < 5)$"));

        Assert.Contains(marks, m => m.Text.Contains('†'));
        foreach (var mark in marks)
        {
            var (cx, cy) = ((mark.Left + mark.Right) / 2, (mark.Top + mark.Bottom) / 2);
            var cell = cells.Single(c => cx >= c.X && cx <= c.X + c.W && cy >= c.Y && cy <= c.Y + c.H);
            Assert.True(mark.Left >= cell.X && mark.Right <= cell.X + cell.W, $"« {mark.Text} » ({mark.Left}–{mark.Right}) spills out of its cell ({cell.X}–{cell.X + cell.W})");
        }
    }

    [Fact]
    public void A_heatmap_of_eight_dimensions_asks_for_more_than_a_phone_width_and_five_fit_on_one()
    {
        Assert.True(Make("heatmap8").MinimumWidth > ChartRenderer.PhoneWidth, $"{Make("heatmap8").MinimumWidth}");
        Assert.True(Make("heatmap").MinimumWidth <= ChartRenderer.PhoneWidth, $"{Make("heatmap").MinimumWidth}");
    }

    [Fact]
    public void A_chart_drawn_for_a_page_leaves_its_title_to_the_page()
    {
        var chart = Make("scores");

        Assert.Contains("Vieux-Village\u00A0: scores", new SvgReader(chart.RenderSvg(360)).AllText);
        Assert.DoesNotContain("Vieux-Village\u00A0: scores", new SvgReader((chart with { ShowTitle = false }).RenderSvg(360)).AllText);
        Assert.True((chart with { ShowTitle = false }).SuggestedHeight(360) < chart.SuggestedHeight(360));
    }

    private static (double X, double Y) Translation(XElement element)
    {
        var match = Regex.Match((string?)element.Attribute("transform") ?? "", @"translate\(([-\d.]+) ([-\d.]+)\)");
        return match.Success
            ? (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : (0, 0);
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse((string?)element.Attribute(attribute) ?? "0", CultureInfo.InvariantCulture);

    /// <summary>An SVG colour as Skia writes it: white, black, #RGB or #RRGGBB.</summary>
    private static Color Parse(string colour) => colour switch
    {
        "white" => Colors.White,
        "black" => Colors.Black,
        { Length: 4 } => Color.FromHex("#" + string.Concat(colour[1..].Select(c => $"{c}{c}"))),
        _ => Color.FromHex(colour),
    };
}
