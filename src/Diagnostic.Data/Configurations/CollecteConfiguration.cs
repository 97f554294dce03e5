using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class CollecteConfiguration : IEntityTypeConfiguration<Collecte>
{
    public void Configure(EntityTypeBuilder<Collecte> builder)
    {
        builder.ToTable("Collectes");
        builder.HasIndex(s => s.PublicCode).IsUnique();
        builder.Property(s => s.PublicCode).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.RunBy).HasMaxLength(300);
        builder.Property(s => s.PrivacyContact).HasMaxLength(300);
        builder.Property(s => s.Audience).HasConversion<AudienceConverter>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<LowercaseEnumConverter<CollecteStatus>>().HasMaxLength(20);
        builder.HasOne(s => s.Territory).WithMany().HasForeignKey(s => s.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Snapshot).WithMany().HasForeignKey(s => s.SnapshotId).OnDelete(DeleteBehavior.Restrict);
    }
}
