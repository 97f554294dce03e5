namespace Diagnostic.Core.Comite;

/// <summary>One member's scores of one candidate in a criteria round.</summary>
public sealed record CriteriaBallot(int BallotId, string VoterType, int CandidateId, CriteriaScores Scores);
