namespace Diagnostic.Data.Entities;

/// <summary>
/// A seat on a comité: a person sitting for an organisation (or as a citizen representative) with a voter type, from a
/// day to a day. Removing a member ends the seat (EndDate) rather than deleting it, so the history stays.
/// </summary>
public sealed class ComiteMember
{
    public int Id { get; set; }
    public int ComiteId { get; set; }
    public Comite? Comite { get; set; }

    /// <summary>The Identity user id (role `comite`) when the person signs in; null for a seat without an account.</summary>
    public string? UserId { get; set; }
    public required string DisplayName { get; set; }
    public int VoterTypeId { get; set; }
    public ComiteVoterType? VoterType { get; set; }

    /// <summary>The organisation the seat is held for; null for a citizen representative.</summary>
    public int? OrganisationId { get; set; }
    public PartnerOrganisation? Organisation { get; set; }

    /// <summary>The organisation's name before seats pointed to the directory; kept for old rows only.</summary>
    public string OrganisationName { get; set; } = "";
    public DateOnly StartDate { get; set; }

    /// <summary>Last day of the seat; null while it runs.</summary>
    public DateOnly? EndDate { get; set; }
}
