namespace Diagnostic.Data.Entities;

/// <summary>A staff member assigned to a collecte: she sees and manages it (admins see every collecte without one).</summary>
public sealed class CollecteOrganizer
{
    public int CollecteId { get; set; }
    public Collecte? Collecte { get; set; }
    public required string UserId { get; set; }
    public DiagnosticUser? User { get; set; }
}
