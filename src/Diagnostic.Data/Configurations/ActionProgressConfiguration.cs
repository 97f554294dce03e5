using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class ActionProgressConfiguration : IEntityTypeConfiguration<ActionProgress>
{
    public void Configure(EntityTypeBuilder<ActionProgress> builder)
    {
        builder.Property(p => p.Text).HasMaxLength(4000);
        builder.Property(p => p.Author).HasMaxLength(200);
        builder.HasIndex(p => new { p.ActionId, p.Date });
        builder.HasOne(p => p.Action).WithMany(a => a.Progress).HasForeignKey(p => p.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.CarriedFrom).WithMany().HasForeignKey(p => p.CarriedFromId).OnDelete(DeleteBehavior.SetNull);
    }
}
