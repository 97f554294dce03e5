using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class CandidateTargetConfiguration : IEntityTypeConfiguration<CandidateTarget>
{
    public void Configure(EntityTypeBuilder<CandidateTarget> builder)
    {
        builder.Property(c => c.Wording).HasMaxLength(500);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.Origin).HasConversion<LowercaseEnumConverter<CandidateOrigin>>().HasMaxLength(20);
        builder.Property(c => c.Audience).HasConversion<AudienceConverter>().HasMaxLength(20);
        builder.Property(c => c.Neighbourhood).HasMaxLength(64);
        builder.Property(c => c.DimensionId).HasMaxLength(64);
        builder.HasIndex(c => new { c.CycleId, c.Order });
        builder.HasOne(c => c.Cycle).WithMany(c => c.Candidates).HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Seance).WithMany().HasForeignKey(c => c.SeanceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Collecte).WithMany().HasForeignKey(c => c.CollecteId).OnDelete(DeleteBehavior.Restrict);
    }
}
