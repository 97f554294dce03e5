using Diagnostic.Core.Plans;

namespace Diagnostic.Data.Entities;

/// <summary>The bilan of one chosen target: keep, adjust or close it, with the comité's comment and a public text.</summary>
public sealed class TargetReview
{
    public int Id { get; set; }

    /// <summary>One review per target.</summary>
    public int TargetId { get; set; }
    public ChosenTarget? Target { get; set; }
    public TargetDecision Decision { get; set; }

    /// <summary>The comité's own comment: internal, never public.</summary>
    public string Comment { get; set; } = "";

    /// <summary>What citizens read in the summary (droit de suite).</summary>
    public string PublicText { get; set; } = "";

    /// <summary>Whether this target's bilan appears in the public summary.</summary>
    public bool IsPublic { get; set; }

    /// <summary>The later collecte the change was measured against, if one was chosen.</summary>
    public int? AfterCollecteId { get; set; }
    public Collecte? AfterCollecte { get; set; }
    public DateTimeOffset ReviewedAt { get; set; }
}
