namespace Diagnostic.Data.Entities;

/// <summary>A meeting of the cycle (comité, public forum, assemblée); votes happen in a séance.</summary>
public sealed class Seance
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public ComiteCycle? Cycle { get; set; }
    public DateOnly Date { get; set; }
    public SeanceKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>Minutes and decisions (procès-verbal); internal to the comité.</summary>
    public string Notes { get; set; } = "";
    public List<VotingRound> Rounds { get; set; } = [];
}
