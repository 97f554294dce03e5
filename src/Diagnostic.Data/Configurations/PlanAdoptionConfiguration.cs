using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class PlanAdoptionConfiguration : IEntityTypeConfiguration<PlanAdoption>
{
    public void Configure(EntityTypeBuilder<PlanAdoption> builder)
    {
        builder.ToTable("PlanAdoptions");
        builder.HasIndex(a => new { a.CycleId, a.Version }).IsUnique();
        builder.HasOne(a => a.Cycle).WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Seance).WithMany().HasForeignKey(a => a.SeanceId).OnDelete(DeleteBehavior.Restrict);
    }
}
