using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Querying;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Portraits;

/// <summary>A collecte's questionnaire and the snapshot hash naming it, for the write paths that know only the id.</summary>
public sealed record CollecteQuestionnaire(int CollecteId, string Hash, Questionnaire Questionnaire)
{
    // Compiled (issue 16): every submission asks it.
    private static readonly PerModelQuery<Func<DiagnosticDbContext, int, CancellationToken, Task<string>>> HashOf = new(() =>
        EF.CompileAsyncQuery((DiagnosticDbContext db, int collecteId, CancellationToken _) =>
            db.Collectes.AsNoTracking().Where(c => c.Id == collecteId).Select(c => c.Snapshot!.Hash).Single()));

    public static async Task<CollecteQuestionnaire> LoadAsync(DiagnosticDbContext db, int collecteId, CancellationToken ct)
    {
        var hash = await HashOf.For(db)(db, collecteId, ct);
        if (SnapshotQuestionnaires.Shared.TryGet(hash, out var known)) return new CollecteQuestionnaire(collecteId, hash, known);
        var snapshot = await db.Collectes.AsNoTracking().Where(c => c.Id == collecteId)
            .Select(c => c.Snapshot).SingleAsync(ct)
            ?? throw new InvalidOperationException($"Collecte {collecteId} has no questionnaire snapshot.");
        return new CollecteQuestionnaire(collecteId, snapshot.Hash, SnapshotQuestionnaires.Shared.Get(snapshot));
    }
}
