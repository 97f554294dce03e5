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

    public static ScheduleChartLanguage French { get; } = new()
    {
        Base = ChartLanguage.French,
        TitleFormat = "Échéancier — {0}",
        Today = "Aujourd'hui",
        NoAction = "Aucune action pour l'instant.",
        ActionHeader = "Action",
        StartHeader = "Début",
        DueHeader = "Échéance",
        PeriodHeader = "Période",
        StatusHeader = "Statut",
        Months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
        Statuses = new Dictionary<ActionStatus, string>
        {
            [ActionStatus.Upcoming] = "À venir",
            [ActionStatus.InProgress] = "En cours",
            [ActionStatus.Done] = "Réalisée",
            [ActionStatus.Postponed] = "Reportée",
            [ActionStatus.Abandoned] = "Abandonnée",
        },
    };

    public static ScheduleChartLanguage English { get; } = new()
    {
        Base = ChartLanguage.English,
        TitleFormat = "Schedule — {0}",
        Today = "Today",
        NoAction = "No action yet.",
        ActionHeader = "Action",
        StartHeader = "Start",
        DueHeader = "Due",
        PeriodHeader = "Period",
        StatusHeader = "Status",
        Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        Statuses = new Dictionary<ActionStatus, string>
        {
            [ActionStatus.Upcoming] = "Upcoming",
            [ActionStatus.InProgress] = "In progress",
            [ActionStatus.Done] = "Done",
            [ActionStatus.Postponed] = "Postponed",
            [ActionStatus.Abandoned] = "Abandoned",
        },
    };

    public static ScheduleChartLanguage For(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "fr" ? French : English;
}
