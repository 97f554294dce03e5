using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data;

/// <summary>Stores each questionnaire text once, keyed by its hash, so a collecte can point at it forever.</summary>
public static class QuestionnaireSnapshots
{
    public static string HashOf(string yaml) => QuestionnaireReader.SourceHashOf(yaml);

    /// <summary>The snapshot of this exact text, added (not yet saved) when new.</summary>
    public static async Task<QuestionnaireSnapshot> GetOrAddAsync(
        this DiagnosticDbContext db, Questionnaire questionnaire, string yaml, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var hash = HashOf(yaml);
        var existing = await db.QuestionnaireSnapshots.SingleOrDefaultAsync(s => s.Hash == hash, cancellationToken);
        if (existing is not null) return existing;
        var snapshot = new QuestionnaireSnapshot
        {
            QuestionnaireId = questionnaire.Id,
            Version = questionnaire.Version,
            Audience = questionnaire.Audience,
            Hash = hash,
            Yaml = yaml,
            CreatedAt = now,
        };
        db.QuestionnaireSnapshots.Add(snapshot);
        return snapshot;
    }
}
