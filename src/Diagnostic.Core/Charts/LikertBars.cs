using ScottPlot;
using ScottPlot.TickGenerators;

namespace Diagnostic.Core.Charts;

/// <summary>Draws the bars, their labels and the frame (0 line, "don't know" zone, x axis) of a Likert chart.</summary>
internal sealed class LikertBars(Plot plot, ChartCanvas canvas, LikertGeometry geometry, ChartLanguage language)
{
    private readonly IReadOnlyList<Color> colours = LikertPalette.For(geometry.Points);

    public void Draw(LikertItemBar item, double y, double height)
    {
        var x = -LikertGeometry.LeftExtent(item.Shares) * 100;
        for (var p = 0; p < item.Shares.Count; p++)
        {
            var width = item.Shares[p] * 100;
            Segment(x, x + width, y, height, colours[p], item.Shares[p]);
            x += width;
        }
        var leftEnd = -LikertGeometry.LeftExtent(item.Shares) * 100;
        canvas.AddText(plot, language.Percent(LikertGeometry.Disagreeing(item.Shares)), leftEnd - 1, y, Alignment.MiddleRight);
        canvas.AddText(plot, language.Percent(LikertGeometry.Agreeing(item.Shares)), x + 1, y, Alignment.MiddleLeft);
        var dontKnow = (item.DontKnowShare ?? 0) * 100;
        if (dontKnow > 0)
            Rectangle(geometry.DontKnowStart, geometry.DontKnowStart + dontKnow, y, height, LikertPalette.DontKnow);
        canvas.AddText(plot, language.Percent(item.DontKnowShare ?? 0), geometry.DontKnowStart + dontKnow + 1, y, Alignment.MiddleLeft);
    }

    /// <summary>A segment, with its share written inside when the text fits.</summary>
    private void Segment(double x1, double x2, double y, double height, Color colour, double share)
    {
        if (x2 <= x1)
            return;
        Rectangle(x1, x2, y, height, colour);
        var text = language.Percent(share);
        if ((x2 - x1) * geometry.PixelsPerUnit >= text.Length * (canvas.TextSize - 1) * 0.6 + 6)
            canvas.AddText(plot, text, (x1 + x2) / 2, y, Alignment.MiddleCenter, LikertPalette.TextOn(colour), canvas.TextSize - 1);
    }

    private void Rectangle(double x1, double x2, double y, double height, Color colour)
    {
        var rectangle = plot.Add.Rectangle(x1, x2, y - height / 2, y + height / 2);
        rectangle.FillColor = colour;
        rectangle.LineColor = Colors.White;
        rectangle.LineWidth = 1;
    }

    /// <summary>The 0 line, the separated "don't know" zone with its heading, and share ticks.</summary>
    public void DrawFrame()
    {
        var zero = plot.Add.VerticalLine(0);
        zero.Color = OkabeIto.DarkGrey;
        zero.LineWidth = 1;
        var separator = plot.Add.VerticalLine(geometry.DontKnowStart - 2);
        separator.Color = OkabeIto.Grey;
        separator.LinePattern = LinePattern.Dotted;
        canvas.AddText(plot, language.DontKnow, geometry.XMax, 0.9, Alignment.UpperRight, OkabeIto.DarkGrey).LabelStyle.Bold = true;
        var ticks = geometry.Ticks().ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(ticks, ticks.Select(t => t == 0 ? "0" : language.Percent(Math.Abs(t) / 100)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = canvas.TextSize - 1;
        plot.Axes.Bottom.Label.Text = language.ShareAxis;
        plot.Axes.Bottom.Label.FontSize = canvas.TextSize + 1;
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Grid.IsVisible = false;
    }

    public static void Legend(Plot plot, ChartCanvas canvas, IReadOnlyList<string> pointLabels, ChartLanguage language)
    {
        var colours = LikertPalette.For(pointLabels.Count);
        for (var p = 0; p < pointLabels.Count; p++)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = pointLabels[p], FillColor = colours[p] });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = language.DontKnow, FillColor = LikertPalette.DontKnow });
        plot.Legend.FontSize = canvas.TextSize - 1;
        plot.ShowLegend(Edge.Bottom);
    }
}
