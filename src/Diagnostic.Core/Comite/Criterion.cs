namespace Diagnostic.Core.Comite;

/// <summary>The prioritisation criteria of domain.md 2.3, each scored 1–5 by each member.</summary>
public enum Criterion
{
    Importance,
    Urgency,
    Feasibility,
    Mobilisation,
    Equity,
    Coherence,
}
