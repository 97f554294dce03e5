using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class PortraitArchiveConfiguration : IEntityTypeConfiguration<PortraitArchive>
{
    public void Configure(EntityTypeBuilder<PortraitArchive> builder)
    {
        builder.ToTable("PortraitArchives");
        builder.HasIndex(a => a.SessionId);
        builder.Property(a => a.QuestionnaireHash).HasMaxLength(64);
        builder.HasOne(a => a.Session).WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
