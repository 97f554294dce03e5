using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> builder)
    {
        // response_id is unique per collecte: an export imported into another collecte keeps its ids (round trip).
        builder.HasIndex(r => new { r.CollecteId, r.PublicId }).IsUnique();
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
        builder.HasIndex(r => r.ResumeCodeHash);
        // The portrait's one sequential pass: WHERE CollecteId = $s AND Status = 'submitted'.
        builder.HasIndex(r => new { r.CollecteId, r.Status });
        builder.Property(r => r.PublicId).HasMaxLength(36);
        builder.Property(r => r.NeighbourhoodCode).HasMaxLength(64);
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.Property(r => r.QuestionnaireHash).HasMaxLength(64);
        builder.Property(r => r.ResumeCodeHash).HasMaxLength(64);
        builder.Property(r => r.SubmissionKey).HasMaxLength(64);
        builder.Property(r => r.Audience).HasConversion<AudienceConverter>().HasMaxLength(20);
        builder.Property(r => r.Channel).HasConversion<LowercaseEnumConverter<ResponseChannel>>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<LowercaseEnumConverter<ResponseStatus>>().HasMaxLength(20);
        builder.Property(r => r.Answers)
            .HasConversion(new AnswersConverter(), AnswersConverter.Comparer)
            .HasColumnName("Answers");
        builder.HasOne(r => r.Collecte).WithMany().HasForeignKey(r => r.CollecteId).OnDelete(DeleteBehavior.Restrict);
    }
}
