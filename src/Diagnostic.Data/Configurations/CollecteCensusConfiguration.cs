using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class CollecteCensusConfiguration : IEntityTypeConfiguration<CollecteCensus>
{
    public void Configure(EntityTypeBuilder<CollecteCensus> builder)
    {
        builder.ToTable("CollecteCensuses");
        builder.HasIndex(c => c.CollecteId).IsUnique();
        builder.Property(c => c.FileName).HasMaxLength(260);
        builder.Property(c => c.QuestionId).HasMaxLength(64);
        builder.HasOne(c => c.Collecte).WithMany().HasForeignKey(c => c.CollecteId).OnDelete(DeleteBehavior.Cascade);
    }
}
