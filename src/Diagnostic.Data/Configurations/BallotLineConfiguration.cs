using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class BallotLineConfiguration : IEntityTypeConfiguration<BallotLine>
{
    public void Configure(EntityTypeBuilder<BallotLine> builder)
    {
        builder.HasKey(l => new { l.BallotId, l.CandidateId });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_BallotLines_Dots", "\"Dots\" >= 0");
            foreach (var column in new[] { "Importance", "Urgency", "Feasibility", "Mobilisation", "Equity", "Coherence" })
            {
                t.HasCheckConstraint($"CK_BallotLines_{column}", $"\"{column}\" IS NULL OR \"{column}\" BETWEEN 1 AND 5");
            }
        });
        builder.HasOne(l => l.Ballot).WithMany(b => b.Lines).HasForeignKey(l => l.BallotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Candidate).WithMany().HasForeignKey(l => l.CandidateId).OnDelete(DeleteBehavior.Restrict);
    }
}
