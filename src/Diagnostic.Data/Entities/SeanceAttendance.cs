namespace Diagnostic.Data.Entities;

/// <summary>An organisation present at a séance.</summary>
public sealed class SeanceAttendance
{
    public int SeanceId { get; set; }
    public Seance? Seance { get; set; }
    public int OrganisationId { get; set; }
    public PartnerOrganisation? Organisation { get; set; }
}
