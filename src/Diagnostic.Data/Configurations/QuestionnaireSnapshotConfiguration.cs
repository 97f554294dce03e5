using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class QuestionnaireSnapshotConfiguration : IEntityTypeConfiguration<QuestionnaireSnapshot>
{
    public void Configure(EntityTypeBuilder<QuestionnaireSnapshot> builder)
    {
        builder.HasIndex(s => s.Hash).IsUnique();
        builder.Property(s => s.Hash).HasMaxLength(64);
        builder.Property(s => s.QuestionnaireId).HasMaxLength(64);
        builder.Property(s => s.Audience).HasConversion<AudienceConverter>().HasMaxLength(20);
    }
}
