namespace Diagnostic.Data.Entities;

/// <summary>A comité of one territory (a region, a town or one community): its kind, mandate, voter types, seats and years.</summary>
public sealed class Comite
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public required string Name { get; set; }
    public ComiteKind Kind { get; set; }

    /// <summary>What the comité was given to do, in its own words.</summary>
    public string Mandate { get; set; } = "";
    public List<ComiteVoterType> VoterTypes { get; set; } = [];

    /// <summary>Every seat, current and ended (the history).</summary>
    public List<ComiteMember> Members { get; set; } = [];
    public List<ComiteCycle> Cycles { get; set; } = [];
}
