using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class ForumEnjeuConfiguration : IEntityTypeConfiguration<ForumEnjeu>
{
    public void Configure(EntityTypeBuilder<ForumEnjeu> builder)
    {
        builder.ToTable("ForumEnjeux");
        builder.Property(e => e.Table).HasMaxLength(60);
        builder.Property(e => e.Text).HasMaxLength(500);
        builder.HasIndex(e => e.SeanceId);
        builder.HasOne(e => e.Seance).WithMany(s => s.ForumEnjeux).HasForeignKey(e => e.SeanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Card).WithMany().HasForeignKey(e => e.CardId).OnDelete(DeleteBehavior.SetNull);
    }
}
