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

    public override int SuggestedHeight(int width) => width < 560 ? width + 130 : (int)(width * 0.75);

    internal override void Draw(Plot plot, ChartCanvas canvas)
    {
        var axis = plot.Add.PolarAxis(100);
        axis.Rotation = Angle.FromDegrees(-90);
        axis.Clockwise = true;
        axis.SetCircles([25, 50, 75, 100], ["25", "50", "75", "100"]);
        axis.SetSpokes(Dimensions.Select(d => SpokeLabel(d, canvas)).ToArray(), 100);
        StyleAxisLabels(axis, canvas);
        if (!IsTerritory)
            RadarOutline.Draw(plot, axis, Dimensions.Select(d => d.Territory).ToList(), OkabeIto.Territory, LinePattern.Dashed);
        RadarOutline.Draw(plot, axis, Dimensions.Select(d => d.Neighbourhood).ToList(), OkabeIto.Neighbourhood, LinePattern.Solid);
        plot.HideAxesAndGrid();
        // Room around the circle for the spoke labels; square units keep the circle round.
        plot.Axes.SetLimits(-165, 165, -165, 160);
        plot.Axes.SquareUnits();
        canvas.Title(plot, Title);
        Legend(plot, canvas);
        canvas.Footnote(plot, Notes());
    }

    private void StyleAxisLabels(ScottPlot.Plottables.PolarAxis axis, ChartCanvas canvas)
    {
        foreach (var spoke in axis.Spokes)
        {
            spoke.LabelStyle.FontName = ChartCanvas.FontFamily;
            spoke.LabelStyle.FontSize = canvas.TextSize;
            spoke.LabelPaddingFraction = 0.12;
        }
        // Circle values sit between the first two spokes, away from their labels.
        var between = Angle.FromDegrees(-90 + 180.0 / Dimensions.Count);
        foreach (var circle in axis.Circles)
        {
            circle.LabelStyle.FontName = ChartCanvas.FontFamily;
            circle.LabelStyle.FontSize = canvas.TextSize - 2;
            circle.LabelStyle.ForeColor = OkabeIto.DarkGrey;
            circle.LabelAngle = between;
        }
    }

    /// <summary>Spoke label: the dimension, then the neighbourhood's score and n (or « n &lt; 5 »).</summary>
    private string SpokeLabel(DimensionComparison dimension, ChartCanvas canvas)
    {
        var figure = dimension.Neighbourhood;
        var value = Language.ScoreText(figure, MinCell);
        if (figure.IsShown && figure.N is { } n)
            value += "\n" + Language.NEquals(n);
        return ChartCanvas.Wrap(dimension.Title, canvas.IsNarrow ? 14 : 22) + "\n" + value;
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

    private IEnumerable<string> Notes()
    {
        if (Dimensions.Any(d => d.Neighbourhood.NeedsCaution || (!IsTerritory && d.Territory.NeedsCaution)))
            yield return Language.CautionNote;
    }
}
