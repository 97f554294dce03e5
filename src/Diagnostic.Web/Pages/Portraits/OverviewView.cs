namespace Diagnostic.Web.Pages.Portraits;

/// <summary>One neighbourhood's participation: respondents against population (and the collecte's target, if set).</summary>
public sealed record ParticipationRow(string Code, string Name, string Population, string Respondents, string Rate, string Target);

/// <summary>One age band: its share of the sample, and of the census when the territory has it.</summary>
public sealed record AgeRow(string Band, string N, string Share, string Census);

/// <summary>A neighbourhood's forces and défis, for the list across the territory.</summary>
public sealed record NeighbourhoodFindings(string Code, string Name, IReadOnlyList<Finding> Findings);

/// <summary>Everything the territory overview shows, in one language, computed once per portrait version.</summary>
/// <param name="Total">« 55 personnes ont répondu. », as the portrait's ALL count allows.</param>
/// <param name="ComplementNote">Set when a neighbourhood's count is hidden as a complement: why it is.</param>
public sealed record OverviewView(
    string Total,
    IReadOnlyList<ParticipationRow> Participation,
    string? ComplementNote,
    bool HasTargets,
    string? AgeQuestion,
    IReadOnlyList<AgeRow> Ages,
    bool HasCensus,
    ChartView? Heatmap,
    IReadOnlyList<NeighbourhoodFindings> Findings)
{
    /// <summary>Whose answers: a partner portrait counts organismes and shows no rate per 1 000 residents.</summary>
    public Diagnostic.Core.Questionnaires.Audience Audience { get; init; } = Diagnostic.Core.Questionnaires.Audience.Citizen;
}
