using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Data.Entities;

/// <summary>
/// A candidate the comité prioritises: a ranked dimension of a collecte's portrait with its figures copied at import
/// (so later votes keep their context), or an enjeu added by hand. Portrait fields are null for an enjeu.
/// </summary>
public sealed class CandidateTarget
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public ComiteCycle? Cycle { get; set; }

    /// <summary>Candidate order in the cycle (1 = first); the last tie-break of every tally.</summary>
    public int Order { get; set; }
    public CandidateOrigin Origin { get; set; }
    public required string Wording { get; set; }
    public string Description { get; set; } = "";

    /// <summary>The séance where an enjeu was named (forum), when known.</summary>
    public int? SeanceId { get; set; }
    public Seance? Seance { get; set; }

    public int? CollecteId { get; set; }
    public Collecte? Collecte { get; set; }
    public Audience? Audience { get; set; }

    /// <summary>Neighbourhood code of the portrait unit, or "ALL".</summary>
    public string? Neighbourhood { get; set; }
    public string? DimensionId { get; set; }
    public int? Rank { get; set; }
    public bool IsDefi { get; set; }
    public double? Score { get; set; }
    public double? Diff { get; set; }
    public double? Q { get; set; }
    public int? N { get; set; }
}
