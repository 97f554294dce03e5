namespace Diagnostic.Data.Entities;

/// <summary>A comité de partenaires of one territory: its voter types, its members and its yearly cycles.</summary>
public sealed class Comite
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public required string Name { get; set; }
    public List<ComiteVoterType> VoterTypes { get; set; } = [];
    public List<ComiteMember> Members { get; set; } = [];
    public List<ComiteCycle> Cycles { get; set; } = [];
}
