namespace Diagnostic.Data.Retention;

/// <summary>One collecte whose raw answers were deleted, with how many and the archive that keeps its portrait.</summary>
public sealed record RetentionOutcome(int CollecteId, string CollecteCode, int DeletedResponses, int ArchiveId);
