using Diagnostic.Core.Comite;

namespace Diagnostic.Data.Entities;

/// <summary>
/// One vote of a séance over a subset of the cycle's candidates (all of them, or the leaders of an earlier round).
/// Criteria weights are used by criteria rounds, the dot budget by dot rounds; paper-dot rounds take counts keyed in.
/// </summary>
public sealed class VotingRound
{
    public int Id { get; set; }
    public int SeanceId { get; set; }
    public Seance? Seance { get; set; }
    public required string Title { get; set; }
    public VotingRoundKind Kind { get; set; }
    public VotingRoundStatus Status { get; set; }

    /// <summary>Dots each member may place (dot rounds); null otherwise.</summary>
    public int? DotBudget { get; set; }

    /// <summary>The round whose leaders this second round is among; null for a first round.</summary>
    public int? PreviousRoundId { get; set; }
    public VotingRound? PreviousRound { get; set; }
    public int WeightImportance { get; set; } = 1;
    public int WeightUrgency { get; set; } = 1;
    public int WeightFeasibility { get; set; } = 1;
    public int WeightMobilisation { get; set; } = 1;
    public int WeightEquity { get; set; } = 1;
    public int WeightCoherence { get; set; } = 1;
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public List<VotingRoundCandidate> Candidates { get; set; } = [];
    public List<Ballot> Ballots { get; set; } = [];
    public List<PaperDotCount> PaperDots { get; set; } = [];

    public bool IsOpen => Status == VotingRoundStatus.Open;
}
