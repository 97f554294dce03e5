namespace Diagnostic.Data.Entities;

/// <summary>
/// A kind of voter of a comité (citoyen, organisme communautaire, santé et services sociaux...). Results are always
/// shown per voter type so that citizen and partner views are never merged silently (domain.md 2.2).
/// </summary>
public sealed class ComiteVoterType
{
    public int Id { get; set; }
    public int ComiteId { get; set; }
    public Comite? Comite { get; set; }

    /// <summary>Stable code, unique in the comité ("citoyen", "communautaire"...).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>Display order in forms, tables and charts.</summary>
    public int Order { get; set; }
}
