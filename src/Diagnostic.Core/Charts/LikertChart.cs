using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// Diverging stacked bars for the items of one dimension: disagreement left, agreement right,
/// "don't know" apart on the right. Suppressed items are left out of the drawing and read
/// « n &lt; 5 » in the table.
/// </summary>
public sealed record LikertChart : Chart
{
    private const double BarLines = 1.6;
    /// <summary>Room above the first row for the "don't know" heading.</summary>
    private const double Top = 1.3;

    private LikertChart(string title, IReadOnlyList<string> pointLabels, IReadOnlyList<LikertItemBar> items, int minCell, ChartLanguage language)
    {
        Title = title;
        PointLabels = pointLabels;
        Items = items;
        MinCell = minCell;
        Language = language;
    }

    public override string Title { get; }
    /// <summary>The scale points, most negative first, as the caller labelled them.</summary>
    public IReadOnlyList<string> PointLabels { get; }
    public IReadOnlyList<LikertItemBar> Items { get; }
    public int MinCell { get; }
    public ChartLanguage Language { get; }

    public IReadOnlyList<LikertItemBar> ShownItems => Items.Where(i => !i.Suppressed).ToList();

    public override ChartTable Table => LikertTable.Build(this);

    /// <summary>
    /// An item is hidden when the caller says so, when the portrait suppresses its question row for
    /// this audience and neighbourhood, or when its substantive answers are fewer than min_cell.
    /// </summary>
    public static LikertChart From(
        Portrait portrait, Audience audience, NeighbourhoodLabel neighbourhood, string dimensionTitle,
        IReadOnlyList<string> pointLabels, IReadOnlyList<LikertItemCounts> items, ChartLanguage language)
    {
        if (items.Any(i => i.Counts.Count != pointLabels.Count))
            throw new ArgumentException("Every item needs one count per scale point.", nameof(items));
        LikertPalette.For(pointLabels.Count); // throws for a scale the palette cannot colour
        var bars = items.Select(i => LikertItemBar.From(
            i, portrait.Find(audience, neighbourhood.Code, FigureLevel.Question, i.ItemId)?.Suppressed == true, portrait.MinCell)).ToList();
        return new LikertChart(string.Format(language.LikertTitle, dimensionTitle, neighbourhood.Name), pointLabels, bars, portrait.MinCell, language);
    }

    public override int SuggestedHeight(int width)
    {
        var canvas = new ChartCanvas(width, 0);
        return Layout(canvas).SuggestedHeight(this, canvas, Top);
    }

    internal override void Fit(Plot plot, PixelRect dataArea, ChartCanvas canvas) => Layout(canvas).Fit(plot, dataArea, canvas, Top);

    internal override void Draw(Plot plot, ChartCanvas canvas)
    {
        var shown = ShownItems;
        var layout = Layout(canvas);
        var geometry = new LikertGeometry(shown, PointLabels.Count, canvas);
        var bars = new LikertBars(plot, canvas, geometry, Language);
        bars.DrawFrame();
        for (var i = 0; i < shown.Count; i++)
        {
            var label = canvas.AddText(plot, ItemTitle(shown[i], canvas), geometry.LabelX, layout.TitleTop(i), Alignment.UpperLeft);
            label.LabelStyle.BackgroundColor = Colors.White;
            bars.Draw(shown[i], layout.BandCentre(i), BarLines * 0.8);
        }
        if (shown.Count == 0)
            canvas.AddText(plot, Language.SuppressedText(MinCell), 0, -1, Alignment.MiddleCenter, OkabeIto.DarkGrey);
        plot.Axes.SetLimitsX(geometry.XMin, geometry.XMax);
        plot.Axes.SetLimitsY(layout.Bottom, Top);
        canvas.Title(plot, Title);
        LikertBars.Legend(plot, canvas, PointLabels, Language);
        canvas.Footnote(plot, Notes());
    }

    internal IEnumerable<string> Notes()
    {
        yield return Language.LikertNote;
        if (Items.Any(i => i.NeedsCaution))
            yield return Language.CautionNote;
    }

    private RowLayout Layout(ChartCanvas canvas) =>
        new(ShownItems.Select(i => ItemTitle(i, canvas)).ToList(), BarLines);

    private string ItemTitle(LikertItemBar item, ChartCanvas canvas)
    {
        var n = Language.NEquals(item.N ?? 0) + (item.NeedsCaution ? " " + ChartLanguage.CautionMark : "");
        return ChartCanvas.Wrap($"{item.Text} ({n})", canvas.CharsPerLine(canvas.TextSize, 0.92));
    }
}
