using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class SeanceAttendanceConfiguration : IEntityTypeConfiguration<SeanceAttendance>
{
    public void Configure(EntityTypeBuilder<SeanceAttendance> builder)
    {
        builder.ToTable("SeanceAttendance");
        builder.HasKey(a => new { a.SeanceId, a.OrganisationId });
        builder.HasIndex(a => a.OrganisationId);
        builder.HasOne(a => a.Seance).WithMany(s => s.Attendance).HasForeignKey(a => a.SeanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
