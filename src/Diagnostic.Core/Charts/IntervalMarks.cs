using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>A score drawn as a point with its 95 % interval and a value label « 72,5 (n = 140) ».</summary>
internal sealed class IntervalMarks(Plot plot, ChartCanvas canvas, ChartLanguage language, int minCell)
{
    private const double CapHalfHeight = 0.22;

    public void Draw(ScoreFigure figure, double y, Color color, MarkerShape shape)
    {
        if (!figure.IsShown)
        {
            canvas.AddText(plot, language.ScoreText(figure, minCell), 0, y, Alignment.MiddleLeft, OkabeIto.DarkGrey);
            return;
        }
        var score = figure.Score!.Value;
        var low = figure.CiLow ?? score;
        var high = figure.CiHigh ?? score;
        if (figure.CiLow is not null && figure.CiHigh is not null)
        {
            Segment(low, y, high, y, color);
            Segment(low, y - CapHalfHeight, low, y + CapHalfHeight, color);
            Segment(high, y - CapHalfHeight, high, y + CapHalfHeight, color);
        }
        var marker = plot.Add.Marker(score, y, shape, 9, color);
        marker.MarkerStyle.LineColor = color;
        ValueLabel(figure, y, low, high);
    }

    /// <summary>Beside the interval, on whichever side has room; the n is on every figure.</summary>
    private void ValueLabel(ScoreFigure figure, double y, double low, double high)
    {
        var text = language.ScoreText(figure, minCell) + " (" + language.NEquals(figure.N ?? 0) + ")";
        var unitsPerPixel = 100.0 / (canvas.Width * 0.88);
        var width = text.Length * canvas.TextSize * 0.6 * unitsPerPixel;
        if (high + 1.5 + width <= 100)
            canvas.AddText(plot, text, high + 1.5, y, Alignment.MiddleLeft);
        else if (low - 1.5 - width >= 0)
            canvas.AddText(plot, text, low - 1.5, y, Alignment.MiddleRight);
        else
            canvas.AddText(plot, text, 0, y, Alignment.MiddleLeft).LabelStyle.BackgroundColor = Colors.White.WithAlpha(0.8);
    }

    private void Segment(double x1, double y1, double x2, double y2, Color color)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.Color = color;
        line.LineWidth = 2;
    }

    public static LegendItem LegendItem(string text, Color color, MarkerShape shape) => new()
    {
        LabelText = text,
        LineColor = color,
        LineWidth = 2,
        MarkerShape = shape,
        MarkerSize = 9,
        MarkerFillColor = color,
        MarkerLineColor = color,
    };
}
