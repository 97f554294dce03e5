namespace Diagnostic.Data.Entities;

/// <summary>
/// The plan of a comité year as adopted at a séance: each adoption keeps a snapshot of the whole plan (JSON), so an
/// earlier version still reads as adopted after later edits.
/// </summary>
public sealed class PlanAdoption
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public ComiteCycle? Cycle { get; set; }
    public int SeanceId { get; set; }
    public Seance? Seance { get; set; }

    /// <summary>1 for the first adoption of the year, then 2, 3…</summary>
    public int Version { get; set; }

    /// <summary>The séance's date, copied so the version reads on its own.</summary>
    public DateOnly AdoptedOn { get; set; }
    public required string Snapshot { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
