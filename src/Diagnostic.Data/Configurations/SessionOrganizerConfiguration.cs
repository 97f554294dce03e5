using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class SessionOrganizerConfiguration : IEntityTypeConfiguration<SessionOrganizer>
{
    public void Configure(EntityTypeBuilder<SessionOrganizer> builder)
    {
        builder.ToTable("SessionOrganizers");
        builder.HasKey(o => new { o.SessionId, o.UserId });
        builder.HasIndex(o => o.UserId);
        builder.HasOne(o => o.Session).WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.User).WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
