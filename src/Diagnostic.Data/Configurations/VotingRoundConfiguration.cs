using Diagnostic.Core.Comite;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class VotingRoundConfiguration : IEntityTypeConfiguration<VotingRound>
{
    public void Configure(EntityTypeBuilder<VotingRound> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Kind).HasConversion<LowercaseEnumConverter<VotingRoundKind>>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<LowercaseEnumConverter<VotingRoundStatus>>().HasMaxLength(20);
        builder.Ignore(r => r.IsOpen);
        builder.HasOne(r => r.Seance).WithMany(s => s.Rounds).HasForeignKey(r => r.SeanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.PreviousRound).WithMany().HasForeignKey(r => r.PreviousRoundId).OnDelete(DeleteBehavior.Restrict);
    }
}
