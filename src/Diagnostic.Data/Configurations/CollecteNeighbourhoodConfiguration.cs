using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class CollecteNeighbourhoodConfiguration : IEntityTypeConfiguration<CollecteNeighbourhood>
{
    public void Configure(EntityTypeBuilder<CollecteNeighbourhood> builder)
    {
        builder.HasKey(n => new { n.CollecteId, n.TerritoryId });
        builder.HasOne(n => n.Collecte).WithMany(s => s.Neighbourhoods)
            .HasForeignKey(n => n.CollecteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Territory).WithMany()
            .HasForeignKey(n => n.TerritoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
