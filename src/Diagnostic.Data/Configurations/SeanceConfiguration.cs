using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class SeanceConfiguration : IEntityTypeConfiguration<Seance>
{
    public void Configure(EntityTypeBuilder<Seance> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Kind).HasConversion<LowercaseEnumConverter<SeanceKind>>().HasMaxLength(20);
        builder.Property(s => s.Agenda).HasMaxLength(4000);
        builder.Property(s => s.ForumCode).HasMaxLength(16);
        builder.HasIndex(s => s.ForumCode).IsUnique();
        builder.HasOne(s => s.Cycle).WithMany(c => c.Seances).HasForeignKey(s => s.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}
