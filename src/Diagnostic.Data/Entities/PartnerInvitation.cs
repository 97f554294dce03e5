namespace Diagnostic.Data.Entities;

/// <summary>
/// A single-use code inviting one organisation to answer one partner collecte. Only the code's hash is stored.
/// The response is linked only to mark the code used and to tell the organizer that the organisation has answered;
/// no page ever shows an organisation next to answers.
/// </summary>
public sealed class PartnerInvitation
{
    public int Id { get; set; }
    public int CollecteId { get; set; }
    public Collecte? Collecte { get; set; }
    public int OrganisationId { get; set; }
    public PartnerOrganisation? Organisation { get; set; }

    /// <summary>SHA-256 (lowercase hex) of the collecte id and the code; unique.</summary>
    public required string CodeHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When the code was used to start answering; a used code is refused afterwards.</summary>
    public DateTimeOffset? UsedAt { get; set; }
    public long? ResponseId { get; set; }
    public Response? Response { get; set; }
}
