using ScottPlot;
using ScottPlot.TickGenerators;

namespace Diagnostic.Core.Charts;

/// <summary>Draws the bars, their labels and the frame (0 line, "don't know" zone, x axis) of a Likert chart.</summary>
internal sealed class LikertBars(Plot plot, ChartCanvas canvas, LikertGeometry geometry, ChartLanguage language)
{
    private readonly IReadOnlyList<Color> colours = LikertPalette.For(geometry.Points);

    public void Draw(LikertItemBar item, double y, double height)
    {
        Rule(0, y, height, OkabeIto.DarkGrey, LinePattern.Solid);
        Rule(geometry.DontKnowStart - 2, y, height, OkabeIto.Grey, LinePattern.Dotted);
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
        if ((x2 - x1) * geometry.PixelsPerUnit >= text.Length * (canvas.SmallTextSize) * 0.6 + 6)
            canvas.AddText(plot, text, (x1 + x2) / 2, y, Alignment.MiddleCenter, LikertPalette.TextOn(colour), canvas.SmallTextSize);
    }

    /// <summary>
    /// The 0 line and the "don't know" separator, drawn across each bar only: a line the whole height of the chart
    /// would run through the item texts written above the bars.
    /// </summary>
    private void Rule(double x, double y, double height, Color colour, LinePattern pattern)
    {
        var reach = height / 2 + 0.15;
        var line = plot.Add.Line(x, y - reach, x, y + reach);
        line.Color = colour;
        line.LineWidth = 1;
        line.LinePattern = pattern;
    }

    private void Rectangle(double x1, double x2, double y, double height, Color colour)
    {
        var rectangle = plot.Add.Rectangle(x1, x2, y - height / 2, y + height / 2);
        rectangle.FillColor = colour;
        rectangle.LineColor = Colors.White;
        rectangle.LineWidth = 1;
    }

    /// <summary>The heading of the separated "don't know" zone, and share ticks.</summary>
    public void DrawFrame()
    {
        canvas.AddText(plot, language.DontKnow, geometry.XMax, 0.9, Alignment.UpperRight, OkabeIto.DarkGrey).LabelStyle.Bold = true;
        var ticks = geometry.Ticks().ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(ticks, ticks.Select(t => t == 0 ? "0" : language.Percent(Math.Abs(t) / 100)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = canvas.SmallTextSize;
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
        plot.Legend.FontSize = canvas.SmallTextSize;
        plot.ShowLegend(Edge.Bottom);
    }
}
