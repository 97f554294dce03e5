using Diagnostic.Core.Plans;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("Actions", t => t.HasCheckConstraint("CK_Actions_DueNotBeforeStart", "\"DueDate\" >= \"StartDate\""));
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Objective).HasMaxLength(2000);
        builder.Property(a => a.Means).HasMaxLength(2000);
        builder.Property(a => a.Activities).HasMaxLength(4000);
        builder.Property(a => a.Resources).HasMaxLength(2000);
        builder.Property(a => a.LeadOrganisation).HasMaxLength(200);
        builder.Property(a => a.PeriodLabel).HasMaxLength(100);
        builder.Property(a => a.Outcome).HasMaxLength(4000);
        builder.Property(a => a.InternalNote).HasMaxLength(4000);
        builder.Property(a => a.Status).HasConversion<LowercaseEnumConverter<ActionStatus>>().HasMaxLength(20);
        builder.Ignore(a => a.Period);
        builder.HasIndex(a => new { a.TargetId, a.Order });
        builder.HasOne(a => a.Target).WithMany().HasForeignKey(a => a.TargetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.LeadPartner).WithMany().HasForeignKey(a => a.LeadPartnerId).OnDelete(DeleteBehavior.SetNull);
        // A moyen goes with its cible; its activités go with it. An original removed leaves its carried copy standing.
        builder.HasOne(a => a.PlanMeans).WithMany(m => m.Activities).HasForeignKey(a => a.PlanMeansId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.CarriedFrom).WithMany().HasForeignKey(a => a.CarriedFromId).OnDelete(DeleteBehavior.SetNull);
    }
}
