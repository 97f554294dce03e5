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
        builder.HasIndex(c => c.TerritoryId);
        builder.HasOne(c => c.Territory).WithMany().HasForeignKey(c => c.TerritoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
