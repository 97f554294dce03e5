namespace Diagnostic.Data.Entities;

public enum VotingRoundStatus
{
    /// <summary>Ballots are accepted and may be replaced; results are hidden.</summary>
    Open,

    /// <summary>No ballot changes any more; results are shown.</summary>
    Closed,
}
