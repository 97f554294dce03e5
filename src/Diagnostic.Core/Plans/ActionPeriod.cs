namespace Diagnostic.Core.Plans;

/// <summary>
/// When an action runs: plans name fuzzy periods (« automne 2026 », « 2026-2027 »), so a period is a
/// date range with the wording the comité used; the range places it on the échéancier.
/// </summary>
public sealed record ActionPeriod
{
    private ActionPeriod(DateOnly start, DateOnly due, string? label)
    {
        Start = start;
        Due = due;
        Label = label;
    }

    public DateOnly Start { get; }
    public DateOnly Due { get; }

    /// <summary>The comité's own words for the period, or null when the dates say it all.</summary>
    public string? Label { get; }

    /// <summary>A period, or why not: the due date may not come before the start.</summary>
    public static (ActionPeriod? Period, string? Error) Create(DateOnly start, DateOnly due, string? label = null)
    {
        if (due < start)
            return (null, $"the due date {due:yyyy-MM-dd} comes before the start {start:yyyy-MM-dd}");
        var trimmed = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        return (new ActionPeriod(start, due, trimmed), null);
    }

    /// <summary>For a range already checked (e.g. read back from the database).</summary>
    public static ActionPeriod Of(DateOnly start, DateOnly due, string? label = null) =>
        Create(start, due, label) is { Period: { } p } ? p : throw new ArgumentException($"due {due} before start {start}", nameof(due));

    public bool Contains(DateOnly day) => Start <= day && day <= Due;
}
