using Diagnostic.Core.Analysis;
using Diagnostic.Core.Comite;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Data.Entities;

/// <summary>
/// A cible prioritaire the comité chose for the year (domain.md 2.3–2.4). The indicator is optional (many targets are
/// qualitative); when set it names a figure of a collecte's portrait and copies its baseline value.
/// </summary>
public sealed class ChosenTarget
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public ComiteCycle? Cycle { get; set; }

    /// <summary>Display order of the year's targets (1 = first).</summary>
    public int Order { get; set; }
    public required string Wording { get; set; }

    /// <summary>Neighbourhood codes the target covers ("ALL" for the whole territory).</summary>
    public List<string> Neighbourhoods { get; set; } = [];

    /// <summary>The candidate it comes from, when it does.</summary>
    public int? CandidateId { get; set; }
    public CandidateTarget? Candidate { get; set; }

    /// <summary>The séance where the comité decided it.</summary>
    public int? SeanceId { get; set; }
    public Seance? Seance { get; set; }

    public int? IndicatorCollecteId { get; set; }
    public Collecte? IndicatorCollecte { get; set; }
    public Audience? IndicatorAudience { get; set; }
    public FigureLevel? IndicatorLevel { get; set; }
    public string? IndicatorId { get; set; }

    /// <summary>The portrait unit of the baseline: a neighbourhood code or "ALL".</summary>
    public string? IndicatorNeighbourhood { get; set; }
    public double? BaselineValue { get; set; }
    public int? BaselineN { get; set; }
    public TargetDirection? Direction { get; set; }
    public double? TargetValue { get; set; }

    /// <summary>A period, often fuzzy (« automne 2026 », « 2026-2027 »).</summary>
    public string Horizon { get; set; } = "";

    /// <summary>Why the choice departs from the ranking; required when it does.</summary>
    public string? DepartureReason { get; set; }
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The cible of an earlier year this one carries forward (« maintenir » or « ajuster »), if any.</summary>
    public int? CarriedFromId { get; set; }
    public ChosenTarget? CarriedFrom { get; set; }
}
