using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>Renders a chart model: SVG for pages (vector, prints well), PNG for downloads.</summary>
public static class ChartRenderer
{
    public const int MinSize = 200;
    public const int MaxSize = 4000;

    public static string Svg(Chart chart, int width, int height)
    {
        using var plot = Build(chart, width, height);
        return plot.GetSvgXml(width, height);
    }

    public static byte[] Png(Chart chart, int width, int height)
    {
        using var plot = Build(chart, width, height);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static Plot Build(Chart chart, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSize);
        var plot = new Plot();
        var canvas = new ChartCanvas(width, height);
        chart.Draw(plot, canvas);
        canvas.ApplyFonts(plot);
        return plot;
    }
}
