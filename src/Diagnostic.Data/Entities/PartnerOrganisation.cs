namespace Diagnostic.Data.Entities;

/// <summary>
/// An organisation of the concertation, shared by every page that names one: partner collectes (invitations), comité
/// seats, séance attendance, action porteurs and commitments. Its contact details are shown to the other members only
/// while <see cref="ShareContact"/> holds (a separate consent the organisation gives and may withdraw).
/// </summary>
public sealed class PartnerOrganisation
{
    public const int MaxNameLength = 200;
    public const int MaxSectorLength = 200;
    public const int MaxNeighbourhoodsServedLength = 2000;

    public int Id { get; set; }
    public required string Name { get; set; }
    public PartnerNetwork Network { get; set; }
    public string? Sector { get; set; }

    /// <summary>Territory codes it serves (any level), joined by '|' (as multiple answers are).</summary>
    public string NeighbourhoodsServed { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The contact person's name, email and phone; private to the organisatrices unless shared.</summary>
    public string ContactPerson { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string ContactPhone { get; set; } = "";

    /// <summary>Whether the organisation agreed to show its contact details to the other members.</summary>
    public bool ShareContact { get; set; }
    public DateTimeOffset? ShareContactAt { get; set; }

    /// <summary>SHA-256 of the withdrawal link's token given on the membership confirmation; null when none.</summary>
    public string? WithdrawTokenHash { get; set; }

    /// <summary>When the organisation last filled in its membership form itself (privacy consent given then).</summary>
    public DateTimeOffset? JoinedAt { get; set; }

    public IReadOnlyList<string> ServedCodes =>
        NeighbourhoodsServed.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
