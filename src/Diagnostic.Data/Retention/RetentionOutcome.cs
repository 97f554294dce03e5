namespace Diagnostic.Data.Retention;

/// <summary>One collecte whose raw answers were deleted, with how many and the archive that keeps its portrait.</summary>
/// <summary>A collecte purged: its responses deleted and, when it had submitted ones, its portrait archived.</summary>
public sealed record RetentionOutcome(int CollecteId, string CollecteCode, int DeletedResponses, int? ArchiveId);

/// <summary>A collecte the run could not purge (left as it was: its transaction rolled back), and why.</summary>
public sealed record RetentionFailure(string CollecteCode, Exception Error);

/// <summary>One run over the collectes past their date: each is purged or failed on its own.</summary>
public sealed record RetentionRun(IReadOnlyList<RetentionOutcome> Done, IReadOnlyList<RetentionFailure> Failed);
