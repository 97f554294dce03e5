namespace Diagnostic.Data.Entities;

/// <summary>An organisation of the partners' directory: who may be invited to answer a partner collecte.</summary>
public sealed class PartnerOrganisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public PartnerNetwork Network { get; set; }
    public string? Sector { get; set; }

    /// <summary>Territory codes of the neighbourhoods it serves, joined by '|' (as multiple answers are).</summary>
    public string NeighbourhoodsServed { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
