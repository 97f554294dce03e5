namespace Diagnostic.Core.Comite;

/// <summary>Why a ballot is refused: the kind, and where (candidate, criterion) and what (value) when it applies.</summary>
public sealed record BallotProblem(BallotProblemKind Kind, int? CandidateId = null, Criterion? Criterion = null, int? Value = null);
