using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Retention;

/// <summary>
/// Deletes a collecte and everything that holds its answers (responses, invitations, archived portraits, its
/// neighbourhood list), in one transaction. The territory and the questionnaire snapshot stay: others may use them.
/// A collecte a comité year drew its candidates, cibles or bilan from is refused, not half-deleted: that year's
/// decisions rest on it (its answers may still go through retention, which keeps the portrait archived).
/// </summary>
public sealed class CollecteDeletion(DiagnosticDbContext db)
{
    /// <summary>A comité year that rests on the collecte.</summary>
    public sealed record ComiteYear(string Comite, string Year);

    /// <summary>Either the number of responses deleted with the collecte, or the comité years that refused it.</summary>
    public sealed record Outcome(int Responses, IReadOnlyList<ComiteYear> UsedBy)
    {
        public bool Deleted => UsedBy.Count == 0;
    }

    public async Task<Outcome> DeleteAsync(int collecteId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // PostgreSQL: a draft being started holds a key-share lock on the collecte's row until it commits; taking the
        // row for update first waits for it, so the responses deleted below include it instead of the final delete
        // failing on its foreign key. Later drafts wait, then find no collecte. SQLite: one writer at a time already.
        if (!db.Database.IsSqlite())
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Collectes\" WHERE \"Id\" = {collecteId} FOR UPDATE", ct);
        if (await UsedByAsync(collecteId, ct) is { Count: > 0 } usedBy) return new Outcome(0, usedBy);
        await db.PartnerInvitations.Where(i => i.CollecteId == collecteId).ExecuteDeleteAsync(ct);
        var responses = await db.Responses.Where(r => r.CollecteId == collecteId).ExecuteDeleteAsync(ct);
        await db.PortraitCells.Where(c => c.CollecteId == collecteId).ExecuteDeleteAsync(ct);
        await db.PortraitArchives.Where(a => a.CollecteId == collecteId).ExecuteDeleteAsync(ct);
        await db.CollecteNeighbourhoods.Where(n => n.CollecteId == collecteId).ExecuteDeleteAsync(ct);
        // Rows of other features that point at the collecte are removed by their cascade rules.
        await db.Collectes.Where(s => s.Id == collecteId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        CollecteChanges.Changed();
        return new Outcome(responses, []);
    }

    /// <summary>The comité years whose candidates, cibles or bilans point at the collecte, in reading order.</summary>
    public async Task<IReadOnlyList<ComiteYear>> UsedByAsync(int collecteId, CancellationToken ct)
    {
        var cycles = db.CandidateTargets.Where(c => c.CollecteId == collecteId).Select(c => c.CycleId)
            .Union(db.ChosenTargets.Where(t => t.IndicatorCollecteId == collecteId).Select(t => t.CycleId))
            .Union(db.TargetReviews.Where(r => r.AfterCollecteId == collecteId).Select(r => r.Target!.CycleId));
        var years = await db.ComiteCycles.AsNoTracking().Where(c => cycles.Contains(c.Id))
            .Select(c => new { Comite = c.Comite!.Name, c.YearLabel }).ToListAsync(ct);
        return years.OrderBy(y => y.Comite, StringComparer.CurrentCulture).ThenBy(y => y.YearLabel, StringComparer.Ordinal)
            .Select(y => new ComiteYear(y.Comite, y.YearLabel)).ToList();
    }
}
