namespace Diagnostic.Data.Entities;

/// <summary>A neighbourhood a collecte covers, with how many responses it aims for.</summary>
public sealed class CollecteNeighbourhood
{
    public int CollecteId { get; set; }
    public Collecte? Collecte { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public int? ParticipationTarget { get; set; }
}
