namespace Diagnostic.Core.Plans;

/// <summary>The bilan's decision on a cible prioritaire for the next year (domain.md 2.4).</summary>
public enum TargetDecision
{
    Keep,
    Adjust,
    Close,
}
