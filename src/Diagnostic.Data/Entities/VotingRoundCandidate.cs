namespace Diagnostic.Data.Entities;

/// <summary>A candidate on a round's ballot.</summary>
public sealed class VotingRoundCandidate
{
    public int RoundId { get; set; }
    public VotingRound? Round { get; set; }
    public int CandidateId { get; set; }
    public CandidateTarget? Candidate { get; set; }
}
