using Diagnostic.Core.Plans;
using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// The échéancier of an action plan: one bar per action over its period, coloured by status and
/// labelled with the status in words (colour is never the only cue), today marked by a dashed line.
/// </summary>
public sealed record ScheduleChart : Chart
{
    private const double BandLines = 1.1;
    private const double Top = 1.2;
    private const double BarHalfHeight = 0.45;

    private ScheduleChart(string title, IReadOnlyList<ScheduleChartItem> items, DateOnly today, ScheduleChartLanguage language)
    {
        Title = title;
        Items = items;
        Today = today;
        Language = language;
    }

    public override string Title { get; }
    public IReadOnlyList<ScheduleChartItem> Items { get; }
    public DateOnly Today { get; }
    public ScheduleChartLanguage Language { get; }

    /// <summary>Actions in the order given (the plan's order); <paramref name="planName"/> goes in the title.</summary>
    public static ScheduleChart From(string planName, IReadOnlyList<ScheduleChartItem> items, DateOnly today, ScheduleChartLanguage language) =>
        new(string.Format(language.TitleFormat, planName), items, today, language);

    public DateOnly First => Items.Count == 0 ? Today.AddDays(-30) : Items.Select(i => i.Period.Start).Append(Today).Min();

    public DateOnly Last => Items.Count == 0 ? Today.AddDays(30) : Items.Select(i => i.Period.Due).Append(Today).Max();

    public override ChartTable Table => new(
        Title,
        [Language.ActionHeader, Language.StartHeader, Language.DueHeader, Language.PeriodHeader, Language.StatusHeader],
        Items.Select(i => (IReadOnlyList<string>)
        [
            i.Title, ScheduleChartLanguage.Day(i.Period.Start), ScheduleChartLanguage.Day(i.Period.Due),
            i.Period.Label ?? Language.Base.NoData, Language.Status(i.Status),
        ]).ToList(),
        Items.Count == 0 ? Language.NoAction : null);

    public override int SuggestedHeight(int width)
    {
        var canvas = new ChartCanvas(width, 0);
        return Layout(canvas).SuggestedHeight(this, canvas, Top);
    }

    internal override void Fit(Plot plot, PixelRect dataArea, ChartCanvas canvas) => Layout(canvas).Fit(plot, dataArea, canvas, Top);

    internal override void Draw(Plot plot, ChartCanvas canvas)
    {
        var layout = Layout(canvas);
        ScheduleChartAxis.Apply(plot, canvas, Language, First, Last);
        var left = plot.Axes.GetLimits().Left;
        for (var i = 0; i < Items.Count; i++)
        {
            var title = Wrapped(Items[i].Title, canvas);
            canvas.AddText(plot, title, left, layout.TitleTop(i), Alignment.UpperLeft).LabelStyle.Bold = true;
            var statusTop = layout.TitleTop(i) - title.Split('\n').Length;
            canvas.AddText(plot, Wrapped(StatusText(Items[i]), canvas), left, statusTop, Alignment.UpperLeft, OkabeIto.DarkGrey);
            Bar(plot, Items[i], layout.BandCentre(i));
        }
        if (Items.Count == 0)
            canvas.AddText(plot, Language.NoAction, left, 0, Alignment.UpperLeft, OkabeIto.DarkGrey);
        TodayLine(plot, canvas);
        plot.Axes.SetLimitsY(layout.Bottom, Top);
        canvas.Title(plot, Title);
        Legend(plot, canvas);
    }

    private void Bar(Plot plot, ScheduleChartItem item, double y)
    {
        // The due day is included: the bar ends at the end of that day.
        var bar = plot.Add.Rectangle(item.Period.Start.DayNumber, item.Period.Due.DayNumber + 1, y - BarHalfHeight, y + BarHalfHeight);
        bar.FillColor = ScheduleChartPalette.For(item.Status);
        bar.LineColor = ScheduleChartPalette.For(item.Status);
        bar.LineWidth = 1;
    }

    /// <summary>The status in words under the action's title, so colour is never the only cue.</summary>
    private string StatusText(ScheduleChartItem item) =>
        Language.Status(item.Status) + (item.Period.Label is { } label ? " · " + label : "");

    private void TodayLine(Plot plot, ChartCanvas canvas)
    {
        var line = plot.Add.VerticalLine(Today.DayNumber);
        line.Color = ScheduleChartPalette.Today;
        line.LineWidth = 2;
        line.LinePattern = LinePattern.Dashed;
        var label = canvas.AddText(plot, Language.Today, Today.DayNumber, Top, Alignment.UpperCenter, ScheduleChartPalette.Today);
        label.LabelStyle.Bold = true;
        label.LabelStyle.BackgroundColor = Colors.White.WithAlpha(0.85);
    }

    private RowLayout Layout(ChartCanvas canvas) =>
        new(Items.Select(i => Wrapped(i.Title, canvas) + "\n" + Wrapped(StatusText(i), canvas)).ToList(), BandLines);

    private static string Wrapped(string title, ChartCanvas canvas) => ChartCanvas.Wrap(title, canvas.CharsPerLine(canvas.TextSize, 0.9));

    /// <summary>Every status, used or not, so the legend reads the same on every plan.</summary>
    private void Legend(Plot plot, ChartCanvas canvas)
    {
        foreach (var status in Enum.GetValues<ActionStatus>())
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Language.Status(status), FillColor = ScheduleChartPalette.For(status) });
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = Language.Today, LineColor = ScheduleChartPalette.Today, LineWidth = 2, LinePattern = LinePattern.Dashed,
        });
        plot.Legend.FontSize = canvas.SmallTextSize;
        plot.Legend.FontName = ChartCanvas.FontFamily;
        plot.ShowLegend(Edge.Bottom);
    }
}
