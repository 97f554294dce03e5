using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class SessionNeighbourhoodConfiguration : IEntityTypeConfiguration<SessionNeighbourhood>
{
    public void Configure(EntityTypeBuilder<SessionNeighbourhood> builder)
    {
        builder.HasKey(n => new { n.SessionId, n.TerritoryId });
        builder.HasOne(n => n.Session).WithMany(s => s.Neighbourhoods)
            .HasForeignKey(n => n.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Territory).WithMany()
            .HasForeignKey(n => n.TerritoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
