namespace Diagnostic.Web.Pages.Comite.Members;

/// <summary>A new seat, as posted: who, for which organisation, with which voter type, from when to when.</summary>
public sealed class SeatInput
{
    public string? Person { get; set; }

    /// <summary>The comité account's email when the person signs in to vote; empty for a seat without an account.</summary>
    public string? Email { get; set; }
    public int? OrganisationId { get; set; }
    public int VoterTypeId { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
}
