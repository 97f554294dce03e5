namespace Diagnostic.Data.Entities;

/// <summary>
/// A ballot's vote on one candidate: the six criterion scores (1–5) in a criteria round, the dots in a dot round.
/// </summary>
public sealed class BallotLine
{
    public int BallotId { get; set; }
    public Ballot? Ballot { get; set; }
    public int CandidateId { get; set; }
    public CandidateTarget? Candidate { get; set; }
    public int Dots { get; set; }
    public int? Importance { get; set; }
    public int? Urgency { get; set; }
    public int? Feasibility { get; set; }
    public int? Mobilisation { get; set; }
    public int? Equity { get; set; }
    public int? Coherence { get; set; }
}
