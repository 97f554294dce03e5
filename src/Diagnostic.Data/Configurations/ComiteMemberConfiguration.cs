using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class ComiteMemberConfiguration : IEntityTypeConfiguration<ComiteMember>
{
    public void Configure(EntityTypeBuilder<ComiteMember> builder)
    {
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.DisplayName).HasMaxLength(200);
        builder.Property(m => m.OrganisationName).HasMaxLength(200);
        // Not unique: a person may hold several seats over the years; ComiteSeats refuses overlapping ones.
        builder.HasIndex(m => new { m.ComiteId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.HasOne(m => m.Comite).WithMany(c => c.Members).HasForeignKey(m => m.ComiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.VoterType).WithMany().HasForeignKey(m => m.VoterTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
