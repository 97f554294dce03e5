using Diagnostic.Core.Analysis;
using Diagnostic.Core.Comite;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class ChosenTargetConfiguration : IEntityTypeConfiguration<ChosenTarget>
{
    public void Configure(EntityTypeBuilder<ChosenTarget> builder)
    {
        builder.Property(t => t.Wording).HasMaxLength(500);
        builder.Property(t => t.Horizon).HasMaxLength(100);
        builder.Property(t => t.DepartureReason).HasMaxLength(2000);
        builder.Property(t => t.IndicatorAudience).HasConversion<AudienceConverter>().HasMaxLength(20);
        builder.Property(t => t.IndicatorLevel).HasConversion<LowercaseEnumConverter<FigureLevel>>().HasMaxLength(20);
        builder.Property(t => t.IndicatorId).HasMaxLength(64);
        builder.Property(t => t.IndicatorNeighbourhood).HasMaxLength(64);
        builder.Property(t => t.Direction).HasConversion<LowercaseEnumConverter<TargetDirection>>().HasMaxLength(20);
        builder.HasIndex(t => new { t.CycleId, t.Order });
        builder.HasOne(t => t.Cycle).WithMany(c => c.ChosenTargets).HasForeignKey(t => t.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Candidate).WithMany().HasForeignKey(t => t.CandidateId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(t => t.Seance).WithMany().HasForeignKey(t => t.SeanceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(t => t.CarriedFrom).WithMany().HasForeignKey(t => t.CarriedFromId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(t => t.IndicatorCollecte).WithMany().HasForeignKey(t => t.IndicatorCollecteId).OnDelete(DeleteBehavior.Restrict);
    }
}
