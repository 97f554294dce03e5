using Diagnostic.Core.Charts;
using Diagnostic.Core.Plans;

namespace Diagnostic.Core.Tests.Charts;

public class ScheduleChartTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly IReadOnlyList<ScheduleChartItem> Plan =
    [
        new("Cuisine collective à l'école Sainte-Cécile", ActionPeriod.Of(new(2026, 9, 1), new(2026, 12, 15), "automne 2026"), ActionStatus.InProgress),
        new("Marche exploratoire de nuit", ActionPeriod.Of(new(2026, 5, 1), new(2026, 6, 30)), ActionStatus.Done),
        new("Fête de quartier élargie", ActionPeriod.Of(new(2027, 6, 1), new(2027, 6, 30), "juin 2027"), ActionStatus.Upcoming),
        new("Navette vers l'épicerie", ActionPeriod.Of(new(2026, 10, 1), new(2027, 3, 31), "2026-2027"), ActionStatus.Postponed),
    ];

    private static ScheduleChart Chart(ScheduleChartLanguage language, IReadOnlyList<ScheduleChartItem>? items = null) =>
        ScheduleChart.From("Comité Sainte-Cécile 2026-2027", items ?? Plan, Today, language);

    [Fact]
    public void Each_action_has_one_bar_in_its_status_colour()
    {
        var svg = new SvgReader(Chart(ScheduleChartLanguage.French).RenderSvg(800));

        // One bar per action of that status, plus the legend's swatch for every status.
        Assert.Equal(1 + 1, svg.FilledShapes(ScheduleChartPalette.InProgressHex));
        Assert.Equal(1 + 1, svg.FilledShapes(ScheduleChartPalette.DoneHex));
        Assert.Equal(1 + 1, svg.FilledShapes(ScheduleChartPalette.UpcomingHex));
        Assert.Equal(1 + 1, svg.FilledShapes(ScheduleChartPalette.PostponedHex));
        Assert.Equal(0 + 1, svg.FilledShapes(ScheduleChartPalette.AbandonedHex));
    }

    [Fact]
    public void The_legend_names_every_status_in_words_and_each_bar_says_its_status()
    {
        var text = new SvgReader(Chart(ScheduleChartLanguage.French).RenderSvg(800)).AllText;

        foreach (var word in new[] { "À venir", "En cours", "Réalisée", "Reportée", "Abandonnée" })
            Assert.Contains(word, text);
        Assert.Contains("En cours · automne 2026", text);
        Assert.Contains("Reportée · 2026-2027", text);
    }

    [Fact]
    public void Today_is_marked_by_a_dashed_vermillion_line_with_its_label()
    {
        var svg = new SvgReader(Chart(ScheduleChartLanguage.French).RenderSvg(800));

        // Skia writes a dashed line as filled dash rectangles: the line itself and the legend's sample.
        Assert.Equal(2, svg.FilledShapes(ScheduleChartPalette.TodayHex));
        Assert.Contains("Aujourd'hui", svg.Texts);
    }

    [Fact]
    public void Accented_titles_and_French_months_survive_rendering()
    {
        var text = new SvgReader(Chart(ScheduleChartLanguage.French).RenderSvg(800)).AllText;

        Assert.Contains("Échéancier — Comité Sainte-Cécile 2026-2027", text);
        Assert.Contains("Cuisine collective à l'école Sainte-Cécile", text);
        Assert.Contains("Fête de quartier élargie", text);
        Assert.Matches("(janv\\.|avr\\.|juil\\.|oct\\.) 202[67]", text);
    }

    [Fact]
    public void English_screens_get_English_statuses_and_months()
    {
        var text = new SvgReader(Chart(ScheduleChartLanguage.English).RenderSvg(800)).AllText;

        Assert.Contains("In progress · automne 2026", text);
        Assert.Contains("Today", text);
        Assert.DoesNotContain("Aujourd'hui", text);
    }

    [Fact]
    public void The_table_gives_every_action_with_its_dates_period_and_status()
    {
        var table = Chart(ScheduleChartLanguage.French).Table;

        Assert.Equal(["Action", "Début", "Échéance", "Période", "Statut"], table.Headers);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["Marche exploratoire de nuit", "2026-05-01", "2026-06-30", "—", "Réalisée"], table.Rows[1]);
        Assert.Equal("automne 2026", table.Rows[0][3]);
    }

    [Fact]
    public void Today_outside_the_plan_still_lies_within_the_axis()
    {
        var late = ScheduleChart.From("x", [Plan[1]], new DateOnly(2027, 2, 1), ScheduleChartLanguage.French);

        Assert.Equal(new DateOnly(2026, 5, 1), late.First);
        Assert.Equal(new DateOnly(2027, 2, 1), late.Last);
    }

    [Fact]
    public void An_empty_plan_renders_and_says_so()
    {
        var chart = Chart(ScheduleChartLanguage.French, []);
        var svg = new SvgReader(chart.RenderSvg(360));

        Assert.Contains("Aucune action pour l'instant.", svg.AllText);
        Assert.Empty(chart.Table.Rows);
    }

    [Fact]
    public void Png_has_the_requested_size_on_a_phone()
    {
        var chart = Chart(ScheduleChartLanguage.French);
        var png = chart.RenderPng(360);
        ChartArtifacts.Save("schedule-fr-360", png);
        ChartArtifacts.Save("schedule-fr-800", chart.RenderSvg(800));

        Assert.True(PngImage.HasSignature(png));
        Assert.Equal((360, chart.SuggestedHeight(360)), PngImage.Size(png));
    }

    [Fact]
    public void Month_ticks_thin_out_to_fit_the_width()
    {
        var ticks = ScheduleChartAxis.Ticks(new DateOnly(2026, 1, 15), new DateOnly(2027, 12, 31), 6);

        // Two years: quarterly would give 8 ticks, so the step is six months, on calendar halves.
        Assert.Equal([new(2026, 7, 1), new(2027, 1, 1), new(2027, 7, 1)], ticks);
    }
}
