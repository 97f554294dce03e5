using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data;

/// <summary>The collectes and their answers, plus the staff accounts (ASP.NET Core Identity tables).</summary>
public sealed class DiagnosticDbContext(DbContextOptions<DiagnosticDbContext> options)
    : IdentityDbContext<DiagnosticUser>(options)
{
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<QuestionnaireSnapshot> QuestionnaireSnapshots => Set<QuestionnaireSnapshot>();
    public DbSet<DiagnosisSession> Sessions => Set<DiagnosisSession>();
    public DbSet<SessionNeighbourhood> SessionNeighbourhoods => Set<SessionNeighbourhood>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<PartnerOrganisation> PartnerOrganisations => Set<PartnerOrganisation>();
    public DbSet<PartnerInvitation> PartnerInvitations => Set<PartnerInvitation>();
    public DbSet<PortraitArchive> PortraitArchives => Set<PortraitArchive>();
    public DbSet<SessionOrganizer> SessionOrganizers => Set<SessionOrganizer>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity maps its own tables first; ours (and the seeded roles) come after.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DiagnosticDbContext).Assembly);
    }
}
