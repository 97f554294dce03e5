namespace Diagnostic.Core.Plans;

/// <summary>How precisely a plan names its period: a season, a month, or exact dates.</summary>
public enum PlanPeriodKind
{
    Season,
    Month,
    Dates,
}
