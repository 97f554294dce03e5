using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> builder)
    {
        // One ballot per member and round: the database refuses a second one even if a handler forgets.
        builder.HasIndex(b => new { b.RoundId, b.MemberId }).IsUnique();
        builder.HasOne(b => b.Round).WithMany(r => r.Ballots).HasForeignKey(b => b.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Member).WithMany().HasForeignKey(b => b.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.VoterType).WithMany().HasForeignKey(b => b.VoterTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}
