using ScottPlot;
using ScottPlot.TickGenerators;

namespace Diagnostic.Core.Charts;

/// <summary>The 0–100 score axis at the bottom, with vertical grid lines and no left axis (rows carry their labels).</summary>
internal static class ScoreAxis
{
    public static void Apply(Plot plot, ChartCanvas canvas, string label)
    {
        // A little room each side so the end tick labels and the row labels are not cut.
        plot.Axes.SetLimitsX(-3, 105);
        plot.Axes.Bottom.TickGenerator = new NumericManual([0, 25, 50, 75, 100], ["0", "25", "50", "75", "100"]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = canvas.TextSize;
        plot.Axes.Bottom.Label.Text = label;
        plot.Axes.Bottom.Label.FontSize = canvas.TextSize + 1;
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = OkabeIto.Grey.WithAlpha(0.6);
    }
}
