using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// Neighbourhoods × dimensions, each cell coloured by its score and labelled with it. A suppressed
/// cell is hatched grey and reads « n &lt; 5 »: it carries no colour that could betray its value.
/// The whole territory is the first row.
/// </summary>
public sealed record DimensionHeatmapChart : Chart
{
    private DimensionHeatmapChart(
        string title, IReadOnlyList<DimensionLabel> dimensions, IReadOnlyList<HeatmapRow> rows, int minCell, ChartLanguage language)
    {
        Title = title;
        Dimensions = dimensions;
        Rows = rows;
        MinCell = minCell;
        Language = language;
    }

    public override string Title { get; }
    public IReadOnlyList<DimensionLabel> Dimensions { get; }
    /// <summary>The territory (ALL) first, then the neighbourhoods in the caller's order.</summary>
    public IReadOnlyList<HeatmapRow> Rows { get; }
    public int MinCell { get; }
    public ChartLanguage Language { get; }

    public override ChartTable Table => HeatmapTable.Build(this);

    /// <param name="neighbourhoodWord">The territory's word for a neighbourhood (quartier, village, secteur…), for the title.</param>
    public static DimensionHeatmapChart From(
        Portrait portrait, Audience audience, IReadOnlyList<NeighbourhoodLabel> neighbourhoods, IReadOnlyList<DimensionLabel> dimensions,
        string neighbourhoodWord, ChartLanguage language)
    {
        var territory = new NeighbourhoodLabel(PortraitRow.AllNeighbourhoods, language.Territory);
        var rows = neighbourhoods.Where(n => n.Code != PortraitRow.AllNeighbourhoods).Prepend(territory)
            .Select(n => new HeatmapRow(n, dimensions
                .Select(d => ScoreFigure.From(portrait.Find(audience, n.Code, FigureLevel.Dimension, d.Id)))
                .ToList()))
            .ToList();
        return new DimensionHeatmapChart(string.Format(language.HeatmapTitle, neighbourhoodWord), dimensions, rows, portrait.MinCell, language);
    }

    public override int SuggestedHeight(int width)
    {
        var canvas = new ChartCanvas(width, 0);
        var headerOverflow = Math.Max(0, HeatmapCells.HeaderPixels(canvas, Dimensions, ColumnPixels(canvas)) - HeaderAllowance);
        return (int)(Rows.Count * RowPixels(canvas) + 260 + headerOverflow);
    }

    /// <summary>
    /// The header room the base height already holds (two turned lines of 14 characters on a phone); long titles
    /// turned on a phone need more, or they would run into the title.
    /// </summary>
    private const double HeaderAllowance = 120;

    internal override void Draw(Plot plot, ChartCanvas canvas)
    {
        var cells = new HeatmapCells(plot, canvas, Language, MinCell, ShowN(canvas), ColumnPixels(canvas));
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var c = 0; c < Dimensions.Count; c++)
                cells.Draw(Rows[r].Scores[c], c, -r - 1);
        }
        HeatmapCells.Axes(plot, canvas, Dimensions, Rows);
        HeatmapCells.Headers(plot, canvas, Dimensions, ColumnPixels(canvas));
        canvas.Title(plot, Title);
        canvas.Footnote(plot, Notes());
    }

    /// <summary>Makes room above the cells for the column headers, now that the data area's height is known.</summary>
    internal override void Fit(Plot plot, PixelRect dataArea, ChartCanvas canvas)
    {
        var header = Math.Min(HeatmapCells.HeaderPixels(canvas, Dimensions, ColumnPixels(canvas)), dataArea.Height * 0.6);
        plot.Axes.SetLimitsY(-Rows.Count, header * Rows.Count / (dataArea.Height - header));
    }

    internal IEnumerable<string> Notes()
    {
        yield return string.Format(Language.HeatmapNote, MinCell);
        if (Rows.Any(r => r.Scores.Any(s => s.NeedsCaution)))
            yield return Language.CautionNote;
    }

    /// <summary>The n fits in a cell only when the cells are wide enough.</summary>
    private bool ShowN(ChartCanvas canvas) => ColumnPixels(canvas) >= 70;

    /// <summary>Estimated width of a column: what the row names leave, shared by the dimensions.</summary>
    private double ColumnPixels(ChartCanvas canvas) => (canvas.Width - NamePixels(canvas) - 10) / Dimensions.Count;

    private double NamePixels(ChartCanvas canvas) =>
        Rows.Max(r => Math.Min(r.Neighbourhood.Name.Length, canvas.IsNarrow ? 14 : 24)) * canvas.TextSize * 0.58 + 16;

    /// <summary>
    /// Every score must fit across its cell at the cells' text size (the caution mark may go under it): with many
    /// dimensions a phone's width is too narrow, and the page lets the chart scroll in its box rather than shrink the text.
    /// </summary>
    public override int MinimumWidth
    {
        get
        {
            var canvas = new ChartCanvas(ChartRenderer.PhoneWidth, 0);
            var widest = Rows.SelectMany(r => r.Scores)
                .Select(s => HeatmapCells.TextPixels(s.IsShown ? Language.Score(s.Score!.Value) : Language.ScoreText(s, MinCell), canvas))
                .DefaultIfEmpty(0).Max();
            var column = widest + HeatmapCells.CellPadding;
            return (int)Math.Ceiling(NamePixels(canvas) + 10 + Dimensions.Count * column);
        }
    }

    /// <summary>Two lines of cell text (score and caution mark, or score and n) fit in a row.</summary>
    private static double RowPixels(ChartCanvas canvas) => 46;
}
