namespace Diagnostic.Data.Entities;

/// <summary>A person sitting on a comité for an organisation (or as a citizen representative).</summary>
public sealed class ComiteMember
{
    public int Id { get; set; }
    public int ComiteId { get; set; }
    public Comite? Comite { get; set; }

    /// <summary>The Identity user id (role `comite`); one membership per user and comité.</summary>
    public required string UserId { get; set; }
    public required string DisplayName { get; set; }
    public int VoterTypeId { get; set; }
    public ComiteVoterType? VoterType { get; set; }

    /// <summary>The organisation the member represents; empty for a citizen representative.</summary>
    public string OrganisationName { get; set; } = "";
}
