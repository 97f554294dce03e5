namespace Diagnostic.Data.Entities;

/// <summary>A decision recorded in a séance, linked to the cible and/or the action it concerns.</summary>
public sealed class SeanceDecision
{
    public int Id { get; set; }
    public int SeanceId { get; set; }
    public Seance? Seance { get; set; }
    public required string Text { get; set; }
    public int? TargetId { get; set; }
    public ChosenTarget? Target { get; set; }
    public int? ActionId { get; set; }
    public PlanAction? Action { get; set; }
}
