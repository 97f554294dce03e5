using ScottPlot;
using ScottPlot.TickGenerators;

namespace Diagnostic.Core.Charts;

/// <summary>
/// A comité round's results: for each candidate, one bar per voter type side by side (dots, or composite score), so
/// citizen and partner views are never merged into one bar. The table carries the same figures, plus the explicit total
/// when the caller gives one.
/// </summary>
public sealed record VoteResultsChart : Chart
{
    private const double BarHeight = 0.8;
    private const double LabelLines = 1.3;

    private static readonly Color[] Palette =
    [
        OkabeIto.Blue, OkabeIto.Orange, OkabeIto.BluishGreen, OkabeIto.Vermillion, OkabeIto.SkyBlue, OkabeIto.ReddishPurple,
        OkabeIto.Yellow, OkabeIto.Black,
    ];

    public VoteResultsChart(
        string title, string candidateHeading, string valueHeading, IReadOnlyList<string> candidates, IReadOnlyList<VoteSeries> series,
        IReadOnlyList<string>? totals, string totalHeading, Func<double, string> format, string? footnote)
    {
        if (series.Any(s => s.Values.Count != candidates.Count))
            throw new ArgumentException("Every series needs one value per candidate.", nameof(series));
        Title = title;
        CandidateHeading = candidateHeading;
        ValueHeading = valueHeading;
        Candidates = candidates;
        Series = series;
        Totals = totals;
        TotalHeading = totalHeading;
        Format = format;
        Footnote = footnote;
    }

    public override string Title { get; }
    public string CandidateHeading { get; }
    public string ValueHeading { get; }

    /// <summary>Whole-number values (dots): integer ticks only.</summary>
    public bool WholeNumbers { get; init; }
    public IReadOnlyList<string> Candidates { get; }
    public IReadOnlyList<VoteSeries> Series { get; }
    public IReadOnlyList<string>? Totals { get; }
    public string TotalHeading { get; }
    public Func<double, string> Format { get; }
    public string? Footnote { get; }

    public override ChartTable Table
    {
        get
        {
            var headers = new List<string> { CandidateHeading };
            headers.AddRange(Series.Select(s => s.Name));
            if (Totals is not null) headers.Add(TotalHeading);
            var rows = Candidates.Select((c, i) =>
            {
                var row = new List<string> { c };
                row.AddRange(Series.Select(s => s.Values[i] is { } v ? Format(v) : "—"));
                if (Totals is not null) row.Add(Totals[i]);
                return (IReadOnlyList<string>)row;
            }).ToList();
            return new ChartTable(Title, headers, rows, Footnote);
        }
    }

    private double BandHeight => LabelLines + Math.Max(1, Series.Count) * BarHeight + 0.4;

    public override int SuggestedHeight(int width)
    {
        var lines = Candidates.Count * BandHeight + 3 + (Footnote is null ? 0 : 2);
        return Math.Clamp((int)(lines * 18) + 120, ChartRenderer.MinSize, ChartRenderer.MaxSize);
    }

    internal override void Draw(Plot plot, ChartCanvas canvas)
    {
        var max = Series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var xMax = Math.Max(1, max) * 1.2;
        for (var i = 0; i < Candidates.Count; i++)
        {
            var top = -i * BandHeight;
            var label = ChartCanvas.Wrap(Candidates[i], canvas.CharsPerLine(canvas.TextSize, 0.9));
            canvas.AddText(plot, label, 0, top, Alignment.UpperLeft).LabelStyle.Bold = true;
            for (var s = 0; s < Series.Count; s++)
                Bar(plot, canvas, Series[s].Values[i], top - LabelLines - (s + 0.5) * BarHeight, Palette[s % Palette.Length]);
        }
        plot.Axes.SetLimitsX(0, xMax);
        plot.Axes.SetLimitsY(-Candidates.Count * BandHeight, 0.3);
        plot.Axes.Left.TickGenerator = new NumericManual();
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.Label.Text = ValueHeading;
        if (WholeNumbers)
            plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Bottom.TickLabelStyle.FontSize = canvas.SmallTextSize;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        canvas.Title(plot, Title);
        foreach (var (series, s) in Series.Select((x, s) => (x, s)))
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series.Name, FillColor = Palette[s % Palette.Length] });
        plot.Legend.FontSize = canvas.TextSize;
        plot.Legend.FontName = ChartCanvas.FontFamily;
        plot.ShowLegend(Edge.Bottom);
        canvas.Footnote(plot, Footnote is null ? [] : [Footnote]);
    }

    private void Bar(Plot plot, ChartCanvas canvas, double? value, double y, Color colour)
    {
        // A bar of 0 draws nothing and its "0" would only clutter the band; the table keeps the 0.
        if (value is not { } v || v == 0)
            return;
        var rectangle = plot.Add.Rectangle(0, v, y - BarHeight * 0.42, y + BarHeight * 0.42);
        rectangle.FillColor = colour;
        rectangle.LineWidth = 0;
        canvas.AddText(plot, Format(v), v, y, Alignment.MiddleLeft, size: canvas.SmallTextSize);
    }
}
