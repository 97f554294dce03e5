using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// Vertical layout of charts made of labelled rows (one dimension or one item per row). On a
/// phone a row's label does not fit beside its bar, so it is written above it, wrapped; y is
/// measured in text lines, top row at 0 and going down.
/// </summary>
internal sealed class RowLayout
{
    private const double Gap = 0.5;
    private readonly List<double> titleTops = [];
    private readonly List<double> bandCentres = [];

    public RowLayout(IReadOnlyList<string> wrappedTitles, double bandLines)
    {
        var cursor = 0.0;
        foreach (var title in wrappedTitles)
        {
            titleTops.Add(-cursor);
            cursor += title.Split('\n').Length;
            bandCentres.Add(-(cursor + bandLines / 2));
            cursor += bandLines + Gap;
        }
        Bottom = -cursor;
    }

    public double Bottom { get; }

    public double TitleTop(int row) => titleTops[row];

    public double BandCentre(int row) => bandCentres[row];

    /// <summary>Pixels of one line of row text, so the data area can be sized to the rows.</summary>
    public static double LinePixels(ChartCanvas canvas) => canvas.TextSize * 1.5;

    /// <summary>
    /// The height at which each row line gets its pixels: the figure is laid out once at a probe
    /// height to measure what the title, axis, legend and notes take.
    /// </summary>
    public int SuggestedHeight(Chart chart, ChartCanvas canvas, double top)
    {
        const int probe = 1000;
        using var plot = ChartRenderer.Build(chart, canvas.Width, probe, fit: false);
        plot.RenderInMemory(canvas.Width, probe);
        var chrome = probe - plot.LastRender.DataRect.Height;
        var height = (int)Math.Ceiling(chrome + (top - Bottom - Gap / 2) * LinePixels(canvas));
        return Math.Clamp(height, ChartRenderer.MinSize, ChartRenderer.MaxSize);
    }

    /// <summary>One row line per <see cref="LinePixels"/>, from the top; squeezed if the figure is too short.</summary>
    public void Fit(Plot plot, PixelRect dataArea, ChartCanvas canvas, double top)
    {
        var lines = dataArea.Height / LinePixels(canvas);
        plot.Axes.SetLimitsY(Math.Min(Bottom + Gap / 2, top - lines), top);
    }
}
