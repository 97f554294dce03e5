using Diagnostic.Data.Collectes;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Querying;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// Finds the collecte behind a public code; null when unknown or not open for answers. Every request reads the
/// collecte's own row (status, dates, texts: an organisatrice's change shows at once); the snapshot, territory and
/// neighbourhoods come from <see cref="CollecteShapes"/>, read with their includes only when missing or stale.
/// </summary>
public sealed class CollecteLoader(DiagnosticDbContext db, SnapshotQuestionnaires snapshots, CollecteShapes shapes, TimeProvider clock)
{
    /// <summary>Compiled once per model (see <see cref="PerModelQuery{TDelegate}"/>): every answer request runs it.</summary>
    private static readonly PerModelQuery<Func<DiagnosticDbContext, string, CancellationToken, Task<Collecte?>>> RowByCode = new(() =>
        EF.CompileAsyncQuery((DiagnosticDbContext db, string code, CancellationToken _) =>
            db.Collectes.AsNoTracking().SingleOrDefault(s => s.PublicCode == code)));

    public async Task<AnswerCollecte?> LoadOpenAsync(string code, CancellationToken cancellationToken)
    {
        var collecte = await RowByCode.For(db)(db, code, cancellationToken);
        if (collecte is null || !collecte.IsOpenAt(clock.GetUtcNow())) return null;
        var shape = shapes.Find(collecte) ?? await ReadShapeAsync(collecte.Id, cancellationToken);
        if (shape is null) return null;
        // Detached, read-only navigation values: the answer pages never write the collecte.
        collecte.Snapshot = shape.Snapshot;
        collecte.Territory = shape.Territory;
        return new AnswerCollecte(collecte, shape.Questionnaire, shape.Territory.Name, shape.Territory.NeighbourhoodWord, shape.Neighbourhoods);
    }

    private async Task<CollecteShape?> ReadShapeAsync(int collecteId, CancellationToken cancellationToken)
    {
        var full = await db.Collectes.AsNoTracking().Whole()
            .SingleOrDefaultAsync(s => s.Id == collecteId, cancellationToken);
        if (full is null) return null;
        var neighbourhoods = full.Neighbourhoods
            .Select(n => new AnswerNeighbourhood(n.Territory!.Code, n.Territory.Name))
            .OrderBy(n => n.Name, CollecteLoading.NameOrder)
            .ToList();
        var territory = full.Territory!;
        var shape = new CollecteShape(full.SnapshotId, full.TerritoryId, full.Snapshot!, snapshots.Get(full.Snapshot!),
            territory, neighbourhoods, clock.GetUtcNow());
        shapes.Keep(collecteId, shape);
        return shape;
    }
}
