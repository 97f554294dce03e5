namespace Diagnostic.Data.Entities;

/// <summary>One year of a comité (« 2026-2027 »): its séances, candidates, rounds and chosen targets.</summary>
public sealed class ComiteCycle
{
    public int Id { get; set; }
    public int ComiteId { get; set; }
    public Comite? Comite { get; set; }

    /// <summary>« 2026-2027 »; unique in the comité.</summary>
    public required string YearLabel { get; set; }
    public ComiteCycleStatus Status { get; set; }

    /// <summary>The community of the territory the year focuses on, if any (its portrait reads against the territory's latest collecte).</summary>
    public int? FocusTerritoryId { get; set; }
    public Territory? FocusTerritory { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public List<Seance> Seances { get; set; } = [];
    public List<CandidateTarget> Candidates { get; set; } = [];
    public List<ChosenTarget> ChosenTargets { get; set; } = [];

    public bool IsClosed => Status == ComiteCycleStatus.Closed;
}
