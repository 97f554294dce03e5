using Diagnostic.Core.Plans;

namespace Diagnostic.Core.Charts;

/// <summary>The words the échéancier adds around the actions, in one language.</summary>
public sealed record ScheduleChartLanguage
{
    public required ChartLanguage Base { get; init; }
    /// <summary>{0}: the plan's name (e.g. the comité's cycle).</summary>
    public required string TitleFormat { get; init; }
    public required string Today { get; init; }
    public required string NoAction { get; init; }
    public required string ActionHeader { get; init; }
    public required string StartHeader { get; init; }
    public required string DueHeader { get; init; }
    public required string PeriodHeader { get; init; }
    public required string StatusHeader { get; init; }
    /// <summary>Abbreviated month names, January first.</summary>
    public required IReadOnlyList<string> Months { get; init; }
    public required IReadOnlyDictionary<ActionStatus, string> Statuses { get; init; }

    public string Status(ActionStatus status) => Statuses[status];

    public string Month(DateOnly day) => Months[day.Month - 1] + " " + day.Year;

    /// <summary>A day as the table prints it (ISO dates read the same in both languages).</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static ScheduleChartLanguage French { get; } = For(ChartLanguage.French);

    public static ScheduleChartLanguage English { get; } = For(ChartLanguage.English);

    private static ScheduleChartLanguage For(ChartLanguage chart)
    {
        var words = new ChartWords(chart.Culture);
        return new ScheduleChartLanguage
        {
            Base = chart,
            TitleFormat = words.Get("Schedule.TitleFormat"),
            Today = words.Get("Schedule.Today"),
            NoAction = words.Get("Schedule.NoAction"),
            ActionHeader = words.Get("Schedule.ActionHeader"),
            StartHeader = words.Get("Schedule.StartHeader"),
            DueHeader = words.Get("Schedule.DueHeader"),
            PeriodHeader = words.Get("Schedule.PeriodHeader"),
            StatusHeader = words.Get("Schedule.StatusHeader"),
            Months = [.. Enumerable.Range(1, 12).Select(m => words.Get("Schedule.Month." + m))],
            Statuses = Enum.GetValues<ActionStatus>().ToDictionary(s => s, s => words.Get("Schedule.Status." + s)),
        };
    }

    public static ScheduleChartLanguage For(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "fr" ? French : English;
}
