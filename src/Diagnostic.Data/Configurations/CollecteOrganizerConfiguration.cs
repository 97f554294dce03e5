using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class CollecteOrganizerConfiguration : IEntityTypeConfiguration<CollecteOrganizer>
{
    public void Configure(EntityTypeBuilder<CollecteOrganizer> builder)
    {
        builder.ToTable("CollecteOrganizers");
        builder.HasKey(o => new { o.CollecteId, o.UserId });
        builder.HasIndex(o => o.UserId);
        builder.HasOne(o => o.Collecte).WithMany().HasForeignKey(o => o.CollecteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.User).WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
