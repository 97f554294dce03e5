using Diagnostic.Core.Plans;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class TargetReviewConfiguration : IEntityTypeConfiguration<TargetReview>
{
    public void Configure(EntityTypeBuilder<TargetReview> builder)
    {
        builder.Property(r => r.Decision).HasConversion<LowercaseEnumConverter<TargetDecision>>().HasMaxLength(20);
        builder.Property(r => r.Comment).HasMaxLength(4000);
        builder.Property(r => r.PublicText).HasMaxLength(4000);
        builder.HasIndex(r => r.TargetId).IsUnique();
        builder.HasOne(r => r.Target).WithMany().HasForeignKey(r => r.TargetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.AfterCollecte).WithMany().HasForeignKey(r => r.AfterCollecteId).OnDelete(DeleteBehavior.SetNull);
    }
}
