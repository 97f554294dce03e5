using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class SeanceDecisionConfiguration : IEntityTypeConfiguration<SeanceDecision>
{
    public void Configure(EntityTypeBuilder<SeanceDecision> builder)
    {
        builder.ToTable("SeanceDecisions");
        builder.Property(d => d.Text).HasMaxLength(2000);
        builder.HasOne(d => d.Seance).WithMany(s => s.Decisions).HasForeignKey(d => d.SeanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Target).WithMany().HasForeignKey(d => d.TargetId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(d => d.Action).WithMany().HasForeignKey(d => d.ActionId).OnDelete(DeleteBehavior.SetNull);
    }
}
