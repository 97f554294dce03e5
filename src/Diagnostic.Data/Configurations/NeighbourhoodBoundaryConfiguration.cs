using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class NeighbourhoodBoundaryConfiguration : IEntityTypeConfiguration<NeighbourhoodBoundary>
{
    public void Configure(EntityTypeBuilder<NeighbourhoodBoundary> builder)
    {
        builder.ToTable("NeighbourhoodBoundaries");
        builder.HasIndex(b => b.TerritoryId).IsUnique();
        builder.HasOne(b => b.Territory).WithMany().HasForeignKey(b => b.TerritoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
