using Diagnostic.Core.Comite;

namespace Diagnostic.Web.Pages.Comite.Cibles;

/// <summary>The fields of a chosen priority target.</summary>
public sealed class TargetForm
{
    public int? CandidateId { get; set; }
    public string? Wording { get; set; }

    /// <summary>
    /// Neighbourhood codes ("ALL" for the whole territory): one per ticked box of the form, or several in one value
    /// separated by commas or spaces.
    /// </summary>
    public string[]? Neighbourhoods { get; set; }

    /// <summary>Take the indicator (and its baseline) from the chosen candidate's portrait figure.</summary>
    public bool UseCandidateIndicator { get; set; } = true;
    public TargetDirection? Direction { get; set; }
    public string? TargetValue { get; set; }
    public string? Horizon { get; set; }
    public string? DepartureReason { get; set; }
    public int? SeanceId { get; set; }

    public IReadOnlyList<string> NeighbourhoodCodes() =>
        (Neighbourhoods ?? []).SelectMany(v => (v ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();
}
