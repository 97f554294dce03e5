using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class VotingRoundCandidateConfiguration : IEntityTypeConfiguration<VotingRoundCandidate>
{
    public void Configure(EntityTypeBuilder<VotingRoundCandidate> builder)
    {
        builder.HasKey(c => new { c.RoundId, c.CandidateId });
        builder.HasOne(c => c.Round).WithMany(r => r.Candidates).HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Candidate).WithMany().HasForeignKey(c => c.CandidateId).OnDelete(DeleteBehavior.Restrict);
    }
}
