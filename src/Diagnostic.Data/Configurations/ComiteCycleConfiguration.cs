using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class ComiteCycleConfiguration : IEntityTypeConfiguration<ComiteCycle>
{
    public void Configure(EntityTypeBuilder<ComiteCycle> builder)
    {
        builder.Property(c => c.YearLabel).HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<LowercaseEnumConverter<ComiteCycleStatus>>().HasMaxLength(20);
        builder.HasIndex(c => new { c.ComiteId, c.YearLabel }).IsUnique();
        builder.Ignore(c => c.IsClosed);
        builder.HasOne(c => c.FocusTerritory).WithMany().HasForeignKey(c => c.FocusTerritoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Comite).WithMany(c => c.Cycles).HasForeignKey(c => c.ComiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
