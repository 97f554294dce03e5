using ScottPlot;
using ScottPlot.Plottables;

namespace Diagnostic.Core.Charts;

/// <summary>
/// One series of a radar. Drawn by hand rather than with ScottPlot's Radar plottable because
/// that one needs a value on every spoke, and a suppressed score must leave its spoke empty.
/// </summary>
internal static class RadarOutline
{
    public static void Draw(Plot plot, PolarAxis axis, IReadOnlyList<ScoreFigure> figures, Color color, LinePattern pattern)
    {
        var points = axis.GetCoordinates(figures.Select(f => f.IsShown ? f.Score!.Value : 0).ToList());
        if (figures.All(f => f.IsShown))
        {
            var polygon = plot.Add.Polygon(points);
            polygon.FillColor = color.WithAlpha(0.18);
            polygon.LineColor = color;
            polygon.LineWidth = 2.5f;
            polygon.LinePattern = pattern;
        }
        else
            DrawSegments(plot, figures, points, color, pattern);
        var shown = points.Where((_, i) => figures[i].IsShown).ToArray();
        if (shown.Length > 0)
        {
            var markers = plot.Add.Markers(shown, MarkerShape.FilledCircle, 6, color);
            markers.MarkerStyle.LineColor = color;
        }
    }

    /// <summary>Lines only between neighbouring spokes that both have a score.</summary>
    private static void DrawSegments(Plot plot, IReadOnlyList<ScoreFigure> figures, Coordinates[] points, Color color, LinePattern pattern)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var next = (i + 1) % figures.Count;
            if (!figures[i].IsShown || !figures[next].IsShown)
                continue;
            var line = plot.Add.Line(points[i], points[next]);
            line.Color = color;
            line.LineWidth = 2.5f;
            line.LinePattern = pattern;
        }
    }

    public static LegendItem LegendItem(string text, Color color, LinePattern pattern) => new()
    {
        LabelText = text,
        LineColor = color,
        LineWidth = 2.5f,
        LinePattern = pattern,
        FillColor = color.WithAlpha(0.18),
    };
}
