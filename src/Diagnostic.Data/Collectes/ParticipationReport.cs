namespace Diagnostic.Data.Collectes;

/// <summary>Where a collecte stands: per neighbourhood against its target, per day, by age band, drafts vs submitted.</summary>
public sealed record ParticipationReport(
    IReadOnlyList<ParticipationReport.Neighbourhood> Neighbourhoods,
    IReadOnlyList<ParticipationReport.Day> Days,
    IReadOnlyList<ParticipationReport.Band> AgeBands,
    IReadOnlyDictionary<string, int> SubmittedByChannel)
{
    public sealed record Neighbourhood(string Code, string Name, int? Target, int Submitted, int Drafts)
    {
        /// <summary>Share of the target reached, ×100; null without a target.</summary>
        public double? PercentOfTarget => Target is > 0 and var t ? 100.0 * Submitted / t : null;
    }

    /// <summary>Submitted that day (Québec time) and in total up to that day.</summary>
    public sealed record Day(DateOnly Date, int Submitted, int Cumulative);

    /// <summary>An answer code of the profile question `age` (empty code: not answered) and its submitted count.</summary>
    public sealed record Band(string Code, int Count);

    public int Submitted => Neighbourhoods.Sum(n => n.Submitted);
    public int Drafts => Neighbourhoods.Sum(n => n.Drafts) + UnplacedDrafts;
    public int? Target => Neighbourhoods.Any(n => n.Target is not null) ? Neighbourhoods.Sum(n => n.Target ?? 0) : null;

    /// <summary>How fast submissions arrive lately compared with usual (a notice when unusual).</summary>
    public Core.Responses.SubmissionPace Pace { get; init; } = new(0, 0);

    /// <summary>Drafts whose person has not chosen a neighbourhood yet.</summary>
    public int UnplacedDrafts { get; init; }
}
