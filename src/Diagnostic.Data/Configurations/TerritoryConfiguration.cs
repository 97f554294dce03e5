using Diagnostic.Core.Territories;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class TerritoryConfiguration : IEntityTypeConfiguration<Territory>
{
    public void Configure(EntityTypeBuilder<Territory> builder)
    {
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Code).HasMaxLength(TerritoryCodes.MaxCodeLength);
        builder.Property(t => t.Name).HasMaxLength(TerritoryCodes.MaxNameLength);
        builder.Property(t => t.NeighbourhoodWord).HasMaxLength(40);
        builder.Property(t => t.Level).HasConversion<LowercaseEnumConverter<TerritoryLevel>>().HasMaxLength(20);
        builder.HasOne(t => t.Parent).WithMany(t => t.Children)
            .HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
