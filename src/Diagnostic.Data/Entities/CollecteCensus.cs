namespace Diagnostic.Data.Entities;

/// <summary>
/// The census file imported for a collecte (src/Diagnostic.Core/Analysis/README.md, "Weighted portrait"): kept as the
/// checked CSV text, so the weighted portrait is computed by Core's own reader and builder, like the CLI's.
/// One per collecte; a new import replaces it.
/// </summary>
public sealed class CollecteCensus
{
    public int Id { get; set; }
    public int CollecteId { get; set; }
    public Collecte? Collecte { get; set; }
    public required string FileName { get; set; }

    /// <summary>The profile question whose codes the census counts (its header's second column).</summary>
    public required string QuestionId { get; set; }
    public required string Csv { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
