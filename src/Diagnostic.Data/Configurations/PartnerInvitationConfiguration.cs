using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class PartnerInvitationConfiguration : IEntityTypeConfiguration<PartnerInvitation>
{
    public void Configure(EntityTypeBuilder<PartnerInvitation> builder)
    {
        builder.ToTable("PartnerInvitations");
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.HasIndex(i => i.CollecteId);
        builder.Property(i => i.CodeHash).HasMaxLength(64);
        builder.HasOne(i => i.Collecte).WithMany().HasForeignKey(i => i.CollecteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // Retention deletes raw answers; the code stays used (UsedAt) after its response is gone.
        builder.HasOne(i => i.Response).WithMany().HasForeignKey(i => i.ResponseId).OnDelete(DeleteBehavior.SetNull);
    }
}
