using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class PortraitCellConfiguration : IEntityTypeConfiguration<PortraitCell>
{
    public void Configure(EntityTypeBuilder<PortraitCell> builder)
    {
        builder.ToTable("PortraitCells");
        builder.HasIndex(c => new { c.CollecteId, c.Audience, c.NeighbourhoodCode }).IsUnique();
        builder.Property(c => c.Audience).HasConversion<AudienceConverter>().HasMaxLength(20);
        builder.Property(c => c.NeighbourhoodCode).HasMaxLength(64);
        builder.Property(c => c.QuestionnaireHash).HasMaxLength(64);
        builder.HasOne(c => c.Collecte).WithMany().HasForeignKey(c => c.CollecteId).OnDelete(DeleteBehavior.Cascade);
    }
}
