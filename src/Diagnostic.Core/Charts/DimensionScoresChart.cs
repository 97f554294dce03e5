using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// Each dimension's score with its 95 % interval, the neighbourhood above the territory.
/// A suppressed score has no point and no interval; its place reads « n &lt; 5 ».
/// </summary>
public sealed record DimensionScoresChart : DimensionComparisonChart
{
    private const double BandLines = 2.2;
    private const double Top = 0.2;

    private DimensionScoresChart(
        string title, NeighbourhoodLabel neighbourhood, IReadOnlyList<DimensionComparison> dimensions, int minCell, ChartLanguage language)
        : base(title, neighbourhood, dimensions, minCell, language)
    {
    }

    public static DimensionScoresChart From(
        Portrait portrait, Audience audience, NeighbourhoodLabel neighbourhood, IReadOnlyList<DimensionLabel> dimensions, ChartLanguage language)
    {
        var figures = DimensionComparison.Read(portrait, audience, neighbourhood.Code, dimensions);
        return new DimensionScoresChart(
            string.Format(language.ScoresTitle, neighbourhood.Name), neighbourhood, figures, portrait.MinCell, language);
    }

    public override int SuggestedHeight(int width)
    {
        var canvas = new ChartCanvas(width, 0);
        return Layout(canvas).SuggestedHeight(this, canvas, Top);
    }

    internal override void Fit(Plot plot, PixelRect dataArea, ChartCanvas canvas) => Layout(canvas).Fit(plot, dataArea, canvas, Top);

    internal override void Draw(Plot plot, ChartCanvas canvas)
    {
        var layout = Layout(canvas);
        var marks = new IntervalMarks(plot, canvas, Language, MinCell);
        for (var i = 0; i < Dimensions.Count; i++)
        {
            var dimension = Dimensions[i];
            canvas.AddText(plot, Wrapped(dimension.Title, canvas), 0, layout.TitleTop(i), Alignment.UpperLeft).LabelStyle.Bold = true;
            var centre = layout.BandCentre(i);
            marks.Draw(dimension.Neighbourhood, IsTerritory ? centre : centre + 0.45, OkabeIto.Neighbourhood, MarkerShape.FilledCircle);
            if (!IsTerritory)
                marks.Draw(dimension.Territory, centre - 0.55, OkabeIto.Territory, MarkerShape.FilledDiamond);
        }
        ScoreAxis.Apply(plot, canvas, Language.ScoreAxis);
        plot.Axes.SetLimitsY(layout.Bottom, Top);
        canvas.Title(plot, Title);
        Legend(plot, canvas);
        canvas.Footnote(plot, NeedsCaution ? [Language.CautionNote] : []);
    }

    private bool NeedsCaution => Dimensions.Any(d => d.Neighbourhood.NeedsCaution || (!IsTerritory && d.Territory.NeedsCaution));

    private RowLayout Layout(ChartCanvas canvas) =>
        new(Dimensions.Select(d => Wrapped(d.Title, canvas)).ToList(), IsTerritory ? 1.2 : BandLines);

    private static string Wrapped(string title, ChartCanvas canvas) => ChartCanvas.Wrap(title, canvas.CharsPerLine(canvas.TextSize, 0.9));

    private void Legend(Plot plot, ChartCanvas canvas)
    {
        plot.Legend.ManualItems.Add(IntervalMarks.LegendItem(Neighbourhood.Name, OkabeIto.Neighbourhood, MarkerShape.FilledCircle));
        if (!IsTerritory)
            plot.Legend.ManualItems.Add(IntervalMarks.LegendItem(Language.Territory, OkabeIto.Territory, MarkerShape.FilledDiamond));
        plot.Legend.FontSize = canvas.TextSize;
        plot.Legend.FontName = ChartCanvas.FontFamily;
        plot.ShowLegend(Edge.Bottom);
    }
}
