using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// Radar of a neighbourhood's dimension scores (0–100) against the whole territory.
/// A suppressed score has no vertex: its spoke reads « n &lt; 5 » and the outline breaks there.
/// </summary>
public sealed record DimensionRadarChart : DimensionComparisonChart
{
    private DimensionRadarChart(
        string title, NeighbourhoodLabel neighbourhood, IReadOnlyList<DimensionComparison> dimensions, int minCell, ChartLanguage language)
        : base(title, neighbourhood, dimensions, minCell, language)
    {
    }

    public static DimensionRadarChart From(
        Portrait portrait, Audience audience, NeighbourhoodLabel neighbourhood, IReadOnlyList<DimensionLabel> dimensions, ChartLanguage language)
    {
        if (dimensions.Count < 3)
            throw new ArgumentException("A radar needs at least three dimensions.", nameof(dimensions));
        var figures = DimensionComparison.Read(portrait, audience, neighbourhood.Code, dimensions);
        return new DimensionRadarChart(
            string.Format(language.RadarTitle, neighbourhood.Name), neighbourhood, figures, portrait.MinCell, language);
    }

    /// <summary>The figure laid out once at a probe height: what title, legend and notes take, plus a square data area.</summary>
    public override int SuggestedHeight(int width)
    {
        const int probe = 2000;
        using var plot = ChartRenderer.Build(this, width, probe, fit: false);
        plot.RenderInMemory(width, probe);
        var data = plot.LastRender.DataRect;
        var room = Room(new ChartCanvas(width, 0));
        var height = (int)Math.Ceiling(probe - data.Height + data.Width * (room.Top + room.Bottom) / (2 * room.Side));
        return Math.Clamp(height, ChartRenderer.MinSize, ChartRenderer.MaxSize);
    }

    /// <summary>Labels sit this far from the centre (the circle has radius 100).</summary>
    private const double LabelRadius = 108;

    /// <summary>
    /// Units left of and right of the centre, above and below it, so the widest side label and the tallest top and bottom
    /// labels fit outside the circle: with w the label's share of half the width, the side needs 108 / (1 − w) units.
    /// </summary>
    private (double Side, double Top, double Bottom) Room(ChartCanvas canvas)
    {
        var labels = Dimensions.Select((d, i) => SpokeLabel(d, i, canvas).Split('\n')).ToList();
        var widest = labels.Max(l => l.Max(line => line.Length)) * canvas.TextSize * 0.6 + 8;
        var half = canvas.Width * 0.48;
        var side = LabelRadius / (1 - Math.Min(0.6, widest / half)) + 4;
        var lineUnits = canvas.TextSize * 1.25 * side / half;
        return (side, LabelRadius + labels[0].Length * lineUnits + 4, LabelRadius + labels.Max(l => l.Length) * lineUnits + 4);
    }

    internal override void Draw(Plot plot, ChartCanvas canvas)
    {
        var axis = plot.Add.PolarAxis(100);
        axis.Rotation = Angle.FromDegrees(-90);
        axis.Clockwise = true;
        axis.SetCircles([25, 50, 75, 100], ["", "", "", ""]);
        axis.SetSpokes(Dimensions.Select(_ => "").ToArray(), 100);
        SpokeLabels(plot, axis, canvas);
        ScaleLabels(plot, canvas);
        if (!IsTerritory)
            RadarOutline.Draw(plot, axis, Dimensions.Select(d => d.Territory).ToList(), OkabeIto.Territory, LinePattern.Dashed);
        RadarOutline.Draw(plot, axis, Dimensions.Select(d => d.Neighbourhood).ToList(), OkabeIto.Neighbourhood, LinePattern.Solid);
        plot.HideAxesAndGrid();
        // Room around the circle for the spoke labels; square units keep the circle round.
        var room = Room(canvas);
        plot.Axes.SetLimits(-room.Side, room.Side, -room.Bottom, room.Top);
        plot.Axes.SquareUnits();
        canvas.Title(plot, Title);
        Legend(plot, canvas);
        canvas.Footnote(plot, Notes(canvas));
    }

    /// <summary>
    /// Each label anchored on its outer side (below its text at the top, left of it on the right…), so it grows away from
    /// the circle and never over the rings, their values, or the outline.
    /// </summary>
    private void SpokeLabels(Plot plot, ScottPlot.Plottables.PolarAxis axis, ChartCanvas canvas)
    {
        var anchors = axis.GetCoordinates(Dimensions.Select(_ => LabelRadius).ToList());
        for (var i = 0; i < Dimensions.Count; i++)
        {
            var (x, y) = (anchors[i].X / LabelRadius, anchors[i].Y / LabelRadius);
            var alignment = (Math.Abs(x) < 0.3, x > 0, y > 0.3, y < -0.3) switch
            {
                (true, _, _, _) => y > 0 ? Alignment.LowerCenter : Alignment.UpperCenter,
                (false, true, true, _) => Alignment.LowerLeft,
                (false, true, _, true) => Alignment.UpperLeft,
                (false, true, _, _) => Alignment.MiddleLeft,
                (false, false, true, _) => Alignment.LowerRight,
                (false, false, _, true) => Alignment.UpperRight,
                _ => Alignment.MiddleRight,
            };
            canvas.AddText(plot, SpokeLabel(Dimensions[i], i, canvas), anchors[i].X, anchors[i].Y, alignment);
        }
    }

    /// <summary>
    /// The circles' values, just right of the first spoke (straight up) and inside the circle: spoke labels lie outside
    /// radius 100 and the top one above it, so they never meet (wide labels of side spokes reached values placed between spokes).
    /// </summary>
    private static void ScaleLabels(Plot plot, ChartCanvas canvas)
    {
        foreach (var value in new[] { 25, 50, 75, 100 })
            canvas.AddText(plot, value.ToString(System.Globalization.CultureInfo.InvariantCulture), 2, value - 1, Alignment.UpperLeft,
                OkabeIto.DarkGrey, canvas.SmallTextSize);
    }

    /// <summary>
    /// Spoke label: the dimension, then the neighbourhood's score and n (or « n &lt; 5 »). On a phone a dimension's name
    /// beside the circle would leave no room for the circle: the spoke gets its number, and the notes name each number.
    /// </summary>
    private string SpokeLabel(DimensionComparison dimension, int index, ChartCanvas canvas)
    {
        var figure = dimension.Neighbourhood;
        var value = Language.ScoreText(figure, MinCell);
        if (canvas.IsNarrow)
            return $"{index + 1}\n{value}";
        if (figure.IsShown && figure.N is { } n)
            value += "\n" + Language.NEquals(n);
        return ChartCanvas.Wrap(dimension.Title, 16) + "\n" + value;
    }

    private void Legend(Plot plot, ChartCanvas canvas)
    {
        plot.Legend.ManualItems.Add(RadarOutline.LegendItem(Neighbourhood.Name, OkabeIto.Neighbourhood, LinePattern.Solid));
        if (!IsTerritory)
            plot.Legend.ManualItems.Add(RadarOutline.LegendItem(Language.Territory, OkabeIto.Territory, LinePattern.Dashed));
        plot.Legend.FontSize = canvas.TextSize;
        plot.Legend.FontName = ChartCanvas.FontFamily;
        plot.ShowLegend(Edge.Bottom);
    }

    private IEnumerable<string> Notes(ChartCanvas canvas)
    {
        if (canvas.IsNarrow)
        {
            for (var i = 0; i < Dimensions.Count; i++)
                yield return $"{i + 1}. {Dimensions[i].Title}";
        }
        if (Dimensions.Any(d => d.Neighbourhood.NeedsCaution || (!IsTerritory && d.Territory.NeedsCaution)))
            yield return Language.CautionNote;
    }
}
