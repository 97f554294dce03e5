using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class ComiteConfiguration : IEntityTypeConfiguration<Comite>
{
    public void Configure(EntityTypeBuilder<Comite> builder)
    {
        builder.ToTable("Comites");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<LowercaseEnumConverter<ComiteKind>>().HasMaxLength(20);
        builder.Property(c => c.Mandate).HasMaxLength(4000);
        builder.HasIndex(c => c.TerritoryId);
        builder.HasOne(c => c.Territory).WithMany().HasForeignKey(c => c.TerritoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
