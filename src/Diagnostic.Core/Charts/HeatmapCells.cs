using ScottPlot;
using ScottPlot.TickGenerators;

namespace Diagnostic.Core.Charts;

/// <summary>Draws the heatmap's cells (one unit square each) and its two label axes.</summary>
internal sealed class HeatmapCells(Plot plot, ChartCanvas canvas, ChartLanguage language, int minCell, bool showN, double columnPixels)
{
    /// <summary>ColorBrewer Blues (single hue, safe for colour-vision deficiencies), clipped so text stays legible.</summary>
    private static readonly IColormap Scale = new ScottPlot.Colormaps.Blues();

    public static readonly Color HiddenFill = Color.FromHex("#EEEEEE");
    public static readonly Color HiddenHatch = Color.FromHex("#BBBBBB");

    public void Draw(ScoreFigure figure, int column, double bottom)
    {
        var cell = plot.Add.Rectangle(column, column + 1, bottom, bottom + 1);
        cell.LineColor = Colors.White;
        cell.LineWidth = 2;
        var text = language.ScoreText(figure, minCell);
        Color ink;
        if (figure.IsShown)
        {
            // ScottPlot's Blues runs dark to light: reverse it so a higher score is darker.
            cell.FillColor = Scale.GetColor(0.92 - 0.84 * Math.Clamp(figure.Score!.Value / 100, 0, 1));
            ink = Contrast.InkOn(cell.FillColor);
            // The caution mark goes under the score when both would not fit across the cell.
            if (figure.NeedsCaution && TextPixels(text, canvas) > columnPixels - CellPadding)
                text = language.Score(figure.Score.Value) + "\n" + ChartLanguage.CautionMark;
            if (showN && figure.N is { } n)
                text += "\n" + language.NEquals(n);
        }
        else
        {
            cell.FillColor = figure.Suppressed ? HiddenFill : Colors.White;
            if (figure.Suppressed)
                Hatch(column, bottom);
            ink = OkabeIto.DarkGrey;
        }
        var label = canvas.AddText(plot, text, column + 0.5, bottom + 0.5, Alignment.MiddleCenter, ink, canvas.SmallTextSize);
        if (figure.Suppressed)
            label.LabelStyle.BackgroundColor = Colors.White;
    }

    /// <summary>Room kept between a cell's text and its edges, in pixels.</summary>
    public const double CellPadding = 6;

    /// <summary>Estimated width of one line of cell text: DejaVu Sans digits are 0.64 em wide, commas, points and spaces 0.32.</summary>
    public static double TextPixels(string line, ChartCanvas canvas) =>
        line.Sum(c => char.IsDigit(c) ? 0.64 : c is ',' or '.' or ' ' or '\u00A0' or '\u202F' ? 0.32 : 0.62) * canvas.SmallTextSize;

    /// <summary>
    /// Diagonal stripes drawn as lines, not as a fill hatch: ScottPlot's hatch shaders do not reach
    /// the SVG, and the printed portrait uses the SVG.
    /// </summary>
    private void Hatch(int column, double bottom)
    {
        const double inset = 0.03;
        for (var t = -0.8; t < 0.81; t += 0.2)
        {
            var (x1, y1) = t >= 0 ? (t, 0.0) : (0.0, -t);
            var (x2, y2) = t >= 0 ? (1.0, 1 - t) : (1 + t, 1.0);
            var line = plot.Add.Line(
                column + Math.Clamp(x1, inset, 1 - inset), bottom + Math.Clamp(y1, inset, 1 - inset),
                column + Math.Clamp(x2, inset, 1 - inset), bottom + Math.Clamp(y2, inset, 1 - inset));
            line.Color = HiddenHatch;
            line.LineWidth = 1.5f;
        }
    }

    /// <summary>Column headers are horizontal and wrapped when columns are wide, turned a quarter on a phone.</summary>
    private static bool Upright(double columnPixels) => columnPixels >= 90;

    private static string HeaderText(ChartCanvas canvas, DimensionLabel dimension, double columnPixels)
    {
        if (Upright(columnPixels))
            return ChartCanvas.Wrap(dimension.Title, (int)(columnPixels / (canvas.TextSize * 0.66)));
        // Turned a quarter, each line takes one line height of the column's width: more lines than fit there would run
        // into the next header, so a long title gets longer lines instead (the data table keeps it whole anyway).
        var fitting = Math.Max(1, (int)((columnPixels - 6) / (canvas.TextSize * 1.2)));
        for (var chars = 14; ; chars += 2)
        {
            var text = ChartCanvas.Wrap(dimension.Title, chars);
            if (text.Count(c => c == '\n') < fitting || chars >= dimension.Title.Length)
                return text;
        }
    }

    /// <summary>Column headers as bold texts just above the first row.</summary>
    public static void Headers(Plot plot, ChartCanvas canvas, IReadOnlyList<DimensionLabel> dimensions, double columnPixels)
    {
        var upright = Upright(columnPixels);
        for (var c = 0; c < dimensions.Count; c++)
        {
            var header = canvas.AddText(
                plot, HeaderText(canvas, dimensions[c], columnPixels), c + 0.5, 0, upright ? Alignment.LowerCenter : Alignment.MiddleLeft);
            header.LabelStyle.Bold = true;
            header.OffsetY = -6;
            if (!upright)
                header.LabelStyle.Rotation = -90;
        }
    }

    /// <summary>The pixels the headers need above the cells.</summary>
    public static double HeaderPixels(ChartCanvas canvas, IReadOnlyList<DimensionLabel> dimensions, double columnPixels)
    {
        var lines = dimensions.Select(d => HeaderText(canvas, d, columnPixels).Split('\n')).ToList();
        return Upright(columnPixels)
            ? lines.Max(l => l.Length) * canvas.TextSize * 1.3 + 10
            : lines.Max(l => l.Max(line => line.Length)) * canvas.TextSize * 0.68 + 12;
    }

    /// <summary>Neighbourhoods down the left, territory row first; no other axis.</summary>
    public static void Axes(Plot plot, ChartCanvas canvas, IReadOnlyList<DimensionLabel> dimensions, IReadOnlyList<HeatmapRow> rows)
    {
        var ys = rows.Select((r, i) => -i - 0.5).ToArray();
        var names = rows.Select(r => ChartCanvas.Wrap(r.Neighbourhood.Name, canvas.IsNarrow ? 14 : 24)).ToArray();
        plot.Axes.Left.TickGenerator = new NumericManual(ys, names);
        plot.Axes.Left.TickLabelStyle.FontSize = canvas.TextSize;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        // The bottom axis stays (empty) so the footnote axes stack under it rather than over the cells.
        plot.Axes.Bottom.TickGenerator = new NumericManual();
        plot.Axes.Bottom.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(0, dimensions.Count + 0.04, -rows.Count, 0);
    }
}
