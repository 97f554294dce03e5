using Diagnostic.Data.Collectes;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Querying;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// Finds the collecte behind a public code; null when unknown or not open for answers. The collecte's own row
/// (status, dates, texts) comes from <see cref="CollecteRows"/>, at most a second old and read again after any write
/// to a collecte by this process; a submission reads it afresh (<c>fresh: true</c>). The snapshot, territory and
/// neighbourhoods come from <see cref="CollecteShapes"/>, read with their includes only when missing or stale.
/// </summary>
public sealed class CollecteLoader(
    DiagnosticDbContext db, SnapshotQuestionnaires snapshots, CollecteShapes shapes, CollecteRows rows, TimeProvider clock)
{
    /// <summary>Compiled once per model (see <see cref="PerModelQuery{TDelegate}"/>): every answer request runs it.</summary>
    private static readonly PerModelQuery<Func<DiagnosticDbContext, string, CancellationToken, Task<Collecte?>>> RowByCode = new(() =>
        EF.CompileAsyncQuery((DiagnosticDbContext db, string code, CancellationToken _) =>
            db.Collectes.AsNoTracking().SingleOrDefault(s => s.PublicCode == code)));

    public async Task<AnswerCollecte?> LoadOpenAsync(string code, CancellationToken cancellationToken, bool fresh = false)
    {
        var collecte = await RowAsync(code, fresh, cancellationToken);
        if (collecte is null || !collecte.IsOpenAt(clock.GetUtcNow())) return null;
        var shape = shapes.Find(collecte) ?? await ReadShapeAsync(collecte.Id, cancellationToken);
        if (shape is null) return null;
        // Detached, read-only navigation values: the answer pages never write the collecte.
        collecte.Snapshot = shape.Snapshot;
        collecte.Territory = shape.Territory;
        return new AnswerCollecte(collecte, shape.Questionnaire, shape.Territory.Name, shape.Territory.NeighbourhoodWord, shape.Neighbourhoods);
    }

    /// <summary>The collecte's row whatever its status (null when the code is unknown), as cached above.</summary>
    public async Task<Collecte?> RowAsync(string code, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && rows.TryGet(code, out var cached)) return cached;
        var version = CollecteChanges.Version;
        var row = await RowByCode.For(db)(db, code, cancellationToken);
        rows.Keep(code, row, version);
        return row;
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
