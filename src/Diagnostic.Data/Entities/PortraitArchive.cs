namespace Diagnostic.Data.Entities;

/// <summary>
/// The portrait of a collecte computed just before its raw answers were deleted (domain.md 5.0: retention keeps the
/// aggregates), as PortraitJsonWriter wrote it, so a later bilan can still compare figures.
/// </summary>
public sealed class PortraitArchive
{
    public int Id { get; set; }
    public int CollecteId { get; set; }
    public Collecte? Collecte { get; set; }
    public int MinCell { get; set; }
    public int ResponseCount { get; set; }

    /// <summary>SourceHash of the questionnaire the figures were computed with.</summary>
    public required string QuestionnaireHash { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
