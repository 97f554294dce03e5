namespace Diagnostic.Data.Entities;

/// <summary>A staff member assigned to a collecte: she sees and manages it (admins see every collecte without one).</summary>
public sealed class SessionOrganizer
{
    public int SessionId { get; set; }
    public DiagnosisSession? Session { get; set; }
    public required string UserId { get; set; }
    public DiagnosticUser? User { get; set; }
}
