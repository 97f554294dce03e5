using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class ActionCommitmentConfiguration : IEntityTypeConfiguration<ActionCommitment>
{
    public void Configure(EntityTypeBuilder<ActionCommitment> builder)
    {
        builder.Property(c => c.PartnerName).HasMaxLength(200);
        builder.Property(c => c.People).HasMaxLength(500);
        builder.Property(c => c.Space).HasMaxLength(500);
        // SQLite has no decimal: store cents-exact text rather than a lossy double.
        builder.Property(c => c.Money).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(c => c.Action).WithMany(a => a.Commitments).HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.CarriedFrom).WithMany().HasForeignKey(c => c.CarriedFromId).OnDelete(DeleteBehavior.SetNull);
    }
}
