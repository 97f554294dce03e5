using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class PaperDotCountConfiguration : IEntityTypeConfiguration<PaperDotCount>
{
    public void Configure(EntityTypeBuilder<PaperDotCount> builder)
    {
        builder.Property(p => p.KeyedByUserId).HasMaxLength(450);
        builder.HasIndex(p => new { p.RoundId, p.CandidateId, p.VoterTypeId }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_PaperDotCounts_Dots", "\"Dots\" >= 0"));
        builder.HasOne(p => p.Round).WithMany(r => r.PaperDots).HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Candidate).WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.VoterType).WithMany().HasForeignKey(p => p.VoterTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}
