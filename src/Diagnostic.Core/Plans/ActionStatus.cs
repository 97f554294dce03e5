namespace Diagnostic.Core.Plans;

/// <summary>Where an action of the plan stands (domain.md 2.4): à venir, en cours, réalisée, reportée, abandonnée.</summary>
public enum ActionStatus
{
    Upcoming,
    InProgress,
    Done,
    Postponed,
    Abandoned,
}
