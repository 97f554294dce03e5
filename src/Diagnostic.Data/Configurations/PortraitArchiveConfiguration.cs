using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class PortraitArchiveConfiguration : IEntityTypeConfiguration<PortraitArchive>
{
    public void Configure(EntityTypeBuilder<PortraitArchive> builder)
    {
        builder.ToTable("PortraitArchives");
        builder.HasIndex(a => a.CollecteId);
        builder.Property(a => a.QuestionnaireHash).HasMaxLength(64);
        builder.HasOne(a => a.Collecte).WithMany().HasForeignKey(a => a.CollecteId).OnDelete(DeleteBehavior.Cascade);
    }
}
