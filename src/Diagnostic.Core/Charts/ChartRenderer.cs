using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>Renders a chart model: SVG for pages (vector, prints well), PNG for downloads.</summary>
public static class ChartRenderer
{
    public const int MinSize = 200;
    public const int MaxSize = 4000;

    /// <summary>Widths the charts are designed and checked for: a phone in portrait, and a desktop column or a printed page.</summary>
    public const int PhoneWidth = 360;
    public const int DesktopWidth = 800;

    /// <summary>
    /// The widths pages show charts at, in CSS pixels: the text column of a 390 px phone (354 px), of a small tablet,
    /// and of a desktop (the 42rem column, 720 px). A chart is drawn for one of them and shown at about that width.
    /// </summary>
    public static readonly IReadOnlyList<int> PageWidths = [360, 540, 720];

    public static string Svg(Chart chart, int width, int height)
    {
        using var plot = Build(chart, width, height);
        return CompactSvg.Compact(plot.GetSvgXml(width, height), width, height);
    }

    public static byte[] Png(Chart chart, int width, int height)
    {
        using var plot = Build(chart, width, height);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>A drawn plot; with <paramref name="fit"/>, laid out once in memory and fitted to its data area.</summary>
    internal static Plot Build(Chart chart, int width, int height, bool fit = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSize);
        var plot = new Plot();
        var canvas = new ChartCanvas(width, height, chart.ShowTitle);
        chart.Draw(plot, canvas);
        canvas.ApplyFonts(plot);
        if (fit)
        {
            plot.RenderInMemory(width, height);
            chart.Fit(plot, plot.LastRender.DataRect, canvas);
        }
        return plot;
    }
}
