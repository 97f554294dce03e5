namespace Diagnostic.Core.Comite;

public enum BallotProblemKind
{
    /// <summary>More dots than the round's budget.</summary>
    OverBudget,
    NegativeDots,

    /// <summary>A candidate that is not on this round's ballot.</summary>
    UnknownCandidate,
    ScoreOutOfRange,
    MissingScore,
    RoundClosed,
    NotAMember,

    /// <summary>Text where a whole number was expected.</summary>
    NotANumber,
}
