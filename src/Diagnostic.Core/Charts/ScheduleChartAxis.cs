using ScottPlot;
using ScottPlot.TickGenerators;

namespace Diagnostic.Core.Charts;

/// <summary>The time axis of the échéancier: x is a day number, ticks on month starts spaced to fit the width.</summary>
internal static class ScheduleChartAxis
{
    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12, 24];

    public static void Apply(Plot plot, ChartCanvas canvas, ScheduleChartLanguage language, DateOnly first, DateOnly last)
    {
        var ticks = Ticks(first, last, canvas.IsNarrow ? 3 : 6);
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            ticks.Select(t => (double)t.DayNumber).ToArray(), ticks.Select(language.Month).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = canvas.SmallTextSize;
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = OkabeIto.Grey.WithAlpha(0.6);
        var margin = Math.Max(10, (last.DayNumber - first.DayNumber) * 0.04);
        plot.Axes.SetLimitsX(first.DayNumber - margin, last.DayNumber + margin);
    }

    /// <summary>Month starts within the range, every 1, 2, 3, 6, 12 or 24 months: the smallest step giving at most <paramref name="most"/>.</summary>
    internal static IReadOnlyList<DateOnly> Ticks(DateOnly first, DateOnly last, int most)
    {
        var start = new DateOnly(first.Year, first.Month, 1);
        if (start < first)
            start = start.AddMonths(1);
        foreach (var step in MonthSteps)
        {
            var ticks = new List<DateOnly>();
            // Align steps on calendar quarters, halves and years so ticks read « janv., avr., juil. ».
            var tick = start;
            while ((tick.Month - 1) % Math.Min(step, 12) != 0)
                tick = tick.AddMonths(1);
            for (; tick <= last; tick = tick.AddMonths(step))
                ticks.Add(tick);
            if (ticks.Count <= most)
                return ticks.Count > 0 ? ticks : [start];
        }
        return [start];
    }
}
