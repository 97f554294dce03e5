using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data;

public sealed class DiagnosticDbContext(DbContextOptions<DiagnosticDbContext> options) : DbContext(options)
{
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<QuestionnaireSnapshot> QuestionnaireSnapshots => Set<QuestionnaireSnapshot>();
    public DbSet<DiagnosisSession> Sessions => Set<DiagnosisSession>();
    public DbSet<SessionNeighbourhood> SessionNeighbourhoods => Set<SessionNeighbourhood>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<PartnerOrganisation> PartnerOrganisations => Set<PartnerOrganisation>();
    public DbSet<PartnerInvitation> PartnerInvitations => Set<PartnerInvitation>();
    public DbSet<PortraitArchive> PortraitArchives => Set<PortraitArchive>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DiagnosticDbContext).Assembly);
}
