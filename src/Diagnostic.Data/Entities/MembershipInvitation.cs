namespace Diagnostic.Data.Entities;

/// <summary>
/// A single-use link an organisatrice sends so an organisation fills in its own membership form: only the token's
/// hash is stored; it expires, and once used it is refused.
/// </summary>
public sealed class MembershipInvitation
{
    public int Id { get; set; }

    /// <summary>The directory entry the form updates; null when the link invites a new organisation.</summary>
    public int? OrganisationId { get; set; }
    public PartnerOrganisation? Organisation { get; set; }

    /// <summary>SHA-256 (lowercase hex) of the token; unique.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}
