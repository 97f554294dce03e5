using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Diagnostic.Core.Charts;

/// <summary>
/// One indicator across all collectes of a territory, oldest first: a point per collecte with its
/// 95 % interval and « value (n = …) ». A suppressed or missing figure has no point, only its text.
/// </summary>
public sealed record IndicatorTrendChart : Chart
{
    private const double CapHalfWidth = 0.06;

    private IndicatorTrendChart(
        string title, IReadOnlyList<IndicatorTrendPoint> points, IndicatorTrendScale scale, int minCell, IndicatorTrendChartLanguage language)
    {
        Title = title;
        Points = points;
        Scale = scale;
        MinCell = minCell;
        Language = language;
    }

    public override string Title { get; }
    public IReadOnlyList<IndicatorTrendPoint> Points { get; }
    public IndicatorTrendScale Scale { get; }
    public int MinCell { get; }
    public IndicatorTrendChartLanguage Language { get; }

    public static IndicatorTrendChart From(
        string indicator, string place, IReadOnlyList<IndicatorTrendPoint> points, IndicatorTrendScale scale, int minCell,
        IndicatorTrendChartLanguage language) =>
        new(string.Format(language.TitleFormat, indicator, place), points, scale, minCell, language);

    /// <summary>The figure (level, id) of one audience and neighbourhood read from each collecte's portrait, in the order given.</summary>
    public static IndicatorTrendChart FromPortraits(
        string indicator, string place, IReadOnlyList<(string Collecte, Portrait Portrait)> collectes, Audience audience,
        string neighbourhood, FigureLevel level, string id, IndicatorTrendScale scale, IndicatorTrendChartLanguage language)
    {
        var points = collectes.Select(c => IndicatorTrendPoint.From(c.Collecte, c.Portrait.Find(audience, neighbourhood, level, id))).ToList();
        var minCell = collectes.Count == 0 ? 5 : collectes.Max(c => c.Portrait.MinCell);
        return From(indicator, place, points, scale, minCell, language);
    }

    public override ChartTable Table => new(
        Title,
        [Language.CollecteHeader, Language.ValueHeader, Language.Base.Interval95, Language.NHeader],
        Points.Select(p => (IReadOnlyList<string>)
        [
            p.Collecte, Scale.ValueText(Language.Base, p.Figure, MinCell), Scale.Interval(Language.Base, p.Figure),
            p.Figure.Suppressed ? Language.Base.SuppressedText(MinCell) : p.Figure.N is { } n ? Language.Base.Count(n) : Language.Base.NoData,
        ]).ToList(),
        NeedsCaution ? Language.Note + " " + Language.Base.CautionNote : Language.Note);

    private bool NeedsCaution => Points.Any(p => p.Figure.NeedsCaution);

    public override int SuggestedHeight(int width) => Math.Clamp((int)(width * 0.62), 320, 520);

    internal override void Draw(Plot plot, ChartCanvas canvas)
    {
        var middle = (Scale.Min + Scale.Max) / 2;
        for (var i = 0; i < Points.Count; i++)
        {
            var figure = Points[i].Figure;
            if (!figure.IsShown)
            {
                canvas.AddText(plot, Scale.ValueText(Language.Base, figure, MinCell), i, middle, Alignment.MiddleCenter, OkabeIto.DarkGrey);
                continue;
            }
            Point(plot, canvas, i, figure);
        }
        Axes(plot, canvas);
        canvas.Title(plot, Title);
        canvas.Footnote(plot, NeedsCaution ? [Language.Note, Language.Base.CautionNote] : [Language.Note]);
    }

    private void Point(Plot plot, ChartCanvas canvas, int x, ScoreFigure figure)
    {
        var value = figure.Score!.Value;
        var colour = OkabeIto.Neighbourhood;
        if (figure.CiLow is { } low && figure.CiHigh is { } high)
        {
            Segment(plot, x, low, x, high, colour);
            Segment(plot, x - CapHalfWidth, low, x + CapHalfWidth, low, colour);
            Segment(plot, x - CapHalfWidth, high, x + CapHalfWidth, high, colour);
        }
        var marker = plot.Add.Marker(x, value, MarkerShape.FilledCircle, 9, colour);
        marker.MarkerStyle.LineColor = colour;
        var text = Scale.ValueText(Language.Base, figure, MinCell) + " (" + Language.Base.NEquals(figure.N ?? 0) + ")";
        // The last collecte's label goes on its left, where the axis has room.
        var last = x == Points.Count - 1 && Points.Count > 1;
        var label = canvas.AddText(plot, text, last ? x - 0.1 : x + 0.1, value, last ? Alignment.MiddleRight : Alignment.MiddleLeft);
        label.LabelStyle.BackgroundColor = Colors.White.WithAlpha(0.8);
    }

    private static void Segment(Plot plot, double x1, double y1, double x2, double y2, Color colour)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.Color = colour;
        line.LineWidth = 2;
    }

    private void Axes(Plot plot, ChartCanvas canvas)
    {
        var positions = Enumerable.Range(0, Points.Count).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, Points.Select(p => p.Collecte).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = canvas.TextSize;
        var step = (Scale.Max - Scale.Min) / 4;
        var ticks = Enumerable.Range(0, 5).Select(i => Scale.Min + i * step).ToArray();
        plot.Axes.Left.TickGenerator = new NumericManual(ticks, ticks.Select(t => Scale.Format(Language.Base, t)).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = canvas.SmallTextSize;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = OkabeIto.Grey.WithAlpha(0.6);
        var pad = (Scale.Max - Scale.Min) * 0.04;
        plot.Axes.SetLimits(-0.5, Math.Max(0.5, Points.Count - 0.5), Scale.Min - pad, Scale.Max + pad);
    }
}
