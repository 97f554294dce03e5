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

    /// <summary>Height giving each line its pixels, plus room for the title, axis, legend and notes.</summary>
    public int SuggestedHeight(ChartCanvas canvas, string title, int noteLines) =>
        (int)(-Bottom * LinePixels(canvas)) + 150 + 22 * ChartCanvas.Wrap(title, canvas.CharsPerLine(canvas.TitleSize, 0.95)).Split('\n').Length
        + 16 * noteLines;

    public void SetLimitsY(Plot plot) => plot.Axes.SetLimitsY(Bottom + Gap / 2, 0.2);
}
