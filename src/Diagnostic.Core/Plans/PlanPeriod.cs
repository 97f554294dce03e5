using System.Globalization;

namespace Diagnostic.Core.Plans;

/// <summary>
/// A period of the plan as the field writes it (domain.md 5.0): « automne 2027 », « octobre 2027 », or exact dates.
/// It always resolves to a range of days, so the échéancier can draw it and a moyen can check its activités fit.
/// Read with <see cref="PlanPeriodText.Parse"/>, written with <see cref="PlanPeriodText.Format"/>.
/// </summary>
public sealed record PlanPeriod
{
    private PlanPeriod(PlanPeriodKind kind, DateOnly start, DateOnly due, Season? season)
    {
        Kind = kind;
        Start = start;
        Due = due;
        Season = season;
    }

    public PlanPeriodKind Kind { get; }
    public DateOnly Start { get; }
    public DateOnly Due { get; }

    /// <summary>The season, for a period of kind Season.</summary>
    public Season? Season { get; }

    /// <summary>The year that names a season: « hiver 2027 » runs from December 2026 to February 2027.</summary>
    public int SeasonYear => Season == Plans.Season.Winter ? Start.Year + 1 : Start.Year;

    public static PlanPeriod OfSeason(Season season, int year)
    {
        var firstMonth = season switch
        {
            Plans.Season.Spring => 3,
            Plans.Season.Summer => 6,
            Plans.Season.Autumn => 9,
            _ => 12,
        };
        var start = new DateOnly(season == Plans.Season.Winter ? year - 1 : year, firstMonth, 1);
        return new PlanPeriod(PlanPeriodKind.Season, start, start.AddMonths(3).AddDays(-1), season);
    }

    public static PlanPeriod OfMonth(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new PlanPeriod(PlanPeriodKind.Month, start, start.AddMonths(1).AddDays(-1), null);
    }

    /// <summary>Exact dates, or null when the due date comes before the start.</summary>
    public static PlanPeriod? OfDates(DateOnly start, DateOnly due) =>
        due < start ? null : new PlanPeriod(PlanPeriodKind.Dates, start, due, null);

    /// <summary>Whether <paramref name="inner"/> lies wholly inside this period (an activité inside its moyen's).</summary>
    public bool Contains(PlanPeriod inner) => Start <= inner.Start && inner.Due <= Due;

    public override string ToString() => PlanPeriodText.Format(this, CultureInfo.InvariantCulture);
}
