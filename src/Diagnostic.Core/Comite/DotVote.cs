namespace Diagnostic.Core.Comite;

/// <summary>
/// Dots for one candidate: from a member's ballot (<paramref name="BallotId"/> set) or a paper count keyed in at a
/// forum (null: the paper dots of many people, who cannot be counted as supporters).
/// </summary>
public sealed record DotVote(int? BallotId, string VoterType, int CandidateId, int Dots);
