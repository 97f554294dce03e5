using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class PlanMeansConfiguration : IEntityTypeConfiguration<PlanMeans>
{
    public void Configure(EntityTypeBuilder<PlanMeans> builder)
    {
        builder.ToTable("PlanMeans", t => t.HasCheckConstraint("CK_PlanMeans_DueNotBeforeStart", "\"DueDate\" >= \"StartDate\""));
        builder.Property(m => m.Wording).HasMaxLength(2000);
        builder.Property(m => m.PeriodLabel).HasMaxLength(100);
        builder.HasIndex(m => new { m.TargetId, m.Order });
        builder.HasOne(m => m.Target).WithMany().HasForeignKey(m => m.TargetId).OnDelete(DeleteBehavior.Cascade);
    }
}
