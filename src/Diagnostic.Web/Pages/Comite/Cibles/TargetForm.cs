using Diagnostic.Core.Comite;

namespace Diagnostic.Web.Pages.Comite.Cibles;

/// <summary>The fields of a chosen priority target.</summary>
public sealed class TargetForm
{
    public int? CandidateId { get; set; }
    public string? Wording { get; set; }

    /// <summary>Neighbourhood codes separated by commas or spaces ("ALL" for the whole territory).</summary>
    public string? Neighbourhoods { get; set; }

    /// <summary>Take the indicator (and its baseline) from the chosen candidate's portrait figure.</summary>
    public bool UseCandidateIndicator { get; set; } = true;
    public TargetDirection? Direction { get; set; }
    public string? TargetValue { get; set; }
    public string? Horizon { get; set; }
    public string? DepartureReason { get; set; }
    public int? SeanceId { get; set; }

    public IReadOnlyList<string> NeighbourhoodCodes() =>
        (Neighbourhoods ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
}
