namespace Diagnostic.Core.Comite;

/// <summary>How a round collects its votes.</summary>
public enum VotingRoundKind
{
    /// <summary>Each member scores each candidate 1–5 on every criterion.</summary>
    Criteria,

    /// <summary>Each member spreads (or stacks) a fixed budget of dots.</summary>
    Dots,

    /// <summary>Dots stuck on paper at a public forum, counted and keyed in by an organisatrice.</summary>
    PaperDots,
}
