namespace Diagnostic.Data.Entities;

/// <summary>
/// A moyen of the plan: under an objectif (the cible, numbered by its order) it gathers activités (the plan's actions),
/// numbered 1.1 under objectif 1. Its period bounds the periods of its activités.
/// </summary>
public sealed class PlanMeans
{
    public int Id { get; set; }
    public int TargetId { get; set; }
    public ChosenTarget? Target { get; set; }

    /// <summary>Its number under the objectif (1, 2, 3… with no gap).</summary>
    public int Order { get; set; }
    public required string Wording { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>The comité's words for the period (« automne 2027 »), if any.</summary>
    public string? PeriodLabel { get; set; }
    public List<PlanAction> Activities { get; set; } = [];
}
