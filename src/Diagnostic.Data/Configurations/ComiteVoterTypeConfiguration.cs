using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class ComiteVoterTypeConfiguration : IEntityTypeConfiguration<ComiteVoterType>
{
    public void Configure(EntityTypeBuilder<ComiteVoterType> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => new { t.ComiteId, t.Code }).IsUnique();
        builder.HasOne(t => t.Comite).WithMany(c => c.VoterTypes).HasForeignKey(t => t.ComiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
