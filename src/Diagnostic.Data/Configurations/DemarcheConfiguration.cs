using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class DemarcheConfiguration : IEntityTypeConfiguration<Demarche>
{
    public void Configure(EntityTypeBuilder<Demarche> builder)
    {
        builder.ToTable("Demarches");
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.CoordinatorName).HasMaxLength(200);
        builder.Property(d => d.PublicIntro).HasMaxLength(2000);
        // One démarche per territory: its public address is the territory's code.
        builder.HasIndex(d => d.TerritoryId).IsUnique();
        builder.HasOne(d => d.Territory).WithMany().HasForeignKey(d => d.TerritoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
