using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class TerritoryIndicatorConfiguration : IEntityTypeConfiguration<TerritoryIndicator>
{
    public void Configure(EntityTypeBuilder<TerritoryIndicator> builder)
    {
        builder.ToTable("TerritoryIndicators");
        builder.HasIndex(i => new { i.TerritoryId, i.Indicator }).IsUnique();
        builder.Property(i => i.Indicator).HasMaxLength(200);
        builder.Property(i => i.Unit).HasMaxLength(40);
        builder.Property(i => i.Source).HasMaxLength(200);
        builder.HasOne(i => i.Territory).WithMany().HasForeignKey(i => i.TerritoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
