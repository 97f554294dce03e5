using System.Data.Common;
using Diagnostic.Data.Collectes;
using System.Collections.Concurrent;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Portraits;
using Diagnostic.Data.Responses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// The portrait of each collecte, computed once per version and cached. A version is named by the count and the
/// highest id of the collecte's submitted responses (<see cref="PortraitStamp"/>), read with one indexed query on
/// every request: a new submission changes it, and the next request builds the portrait again from the collecte's
/// stored accumulators (<see cref="PortraitCells"/>, kept by every write of responses), a merge of a few hundred
/// rows rather than a pass over every answer. One computation per collecte at a time.
/// </summary>
public sealed class PortraitCache(
    IServiceScopeFactory scopes, SnapshotQuestionnaires snapshots, IOptionsMonitor<AnalysisOptions> analysis, ILogger<PortraitCache> logger)
{
    private readonly ConcurrentDictionary<int, Task> _rebuilds = new();
    private readonly ConcurrentDictionary<int, CachedPortrait> _cache = new();
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _locks = new();

    /// <summary>Null when no collecte has this code.</summary>
    public static Task<PortraitStamp?> StampAsync(DiagnosticDbContext db, string code, CancellationToken cancellationToken) =>
        Stamps(db, db.Collectes.Where(s => s.PublicCode == code)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Null when no collecte has this id.</summary>
    public static Task<PortraitStamp?> StampAsync(DiagnosticDbContext db, int collecteId, CancellationToken cancellationToken) =>
        Stamps(db, db.Collectes.Where(s => s.Id == collecteId)).SingleOrDefaultAsync(cancellationToken);

    private static IQueryable<PortraitStamp?> Stamps(DiagnosticDbContext db, IQueryable<Collecte> collectes) =>
        collectes.AsNoTracking()
            .Select(s => (PortraitStamp?)new PortraitStamp(
                s.Id,
                s.PortraitPublic,
                db.Responses.Count(r => r.CollecteId == s.Id && r.Status == ResponseStatus.Submitted),
                db.Responses.Where(r => r.CollecteId == s.Id && r.Status == ResponseStatus.Submitted).Max(r => (long?)r.Id) ?? 0));

    public async Task<CachedPortrait> GetAsync(PortraitStamp stamp, CancellationToken cancellationToken)
    {
        if (Current(stamp) is { } cached) return cached;
        var gate = _locks.GetOrAdd(stamp.CollecteId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Current(stamp) is { } computed) return computed;
            var portrait = await ComputeAsync(stamp, cancellationToken);
            // A request that read its stamp before a newer version was cached must not put the older one back.
            if (!_cache.TryGetValue(stamp.CollecteId, out var newer) || newer.Stamp.LastResponseId <= stamp.LastResponseId || Current(newer.Stamp) is null)
                _cache[stamp.CollecteId] = portrait;
            return portrait;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The cached portrait when it rests on the same answers, was made with the same visibility and the minimum cell now
    /// configured. A portrait turned non-public (or public again) or a new MinCell drops the version and everything derived
    /// from it (views and chart drawings, in both languages).
    /// </summary>
    private CachedPortrait? Current(PortraitStamp stamp) =>
        _cache.TryGetValue(stamp.CollecteId, out var cached)
        && cached.Stamp.Submitted == stamp.Submitted && cached.Stamp.LastResponseId == stamp.LastResponseId
        && cached.Stamp.IsPublic == stamp.IsPublic && cached.Portrait.MinCell == analysis.CurrentValue.MinCell
            ? cached
            : null;

    /// <summary>The version held for a collecte, if any, whatever it rests on (for checks; readers go through GetAsync).</summary>
    public CachedPortrait? Held(int collecteId) => _cache.TryGetValue(collecteId, out var cached) ? cached : null;

    /// <summary>Forgets a collecte's portrait (and its drawings): called when the collecte is deleted.</summary>
    public void Drop(int collecteId) => _cache.TryRemove(collecteId, out _);

    private async Task<CachedPortrait> ComputeAsync(PortraitStamp stamp, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var (collecte, snapshotHash) = await LoadCollecteAsync(db, stamp.CollecteId, cancellationToken);
        // A merge of the collecte's stored accumulators (a few hundred rows), rebuilt from the answers when in doubt.
        var cells = await PortraitCells.LoadAsync(db, new CollecteQuestionnaire(collecte.CollecteId, snapshotHash, collecte.Questionnaire),
            analysis.CurrentValue, cancellationToken);
        if (cells.Rebuilt) StoreCellsLater(collecte.CollecteId);
        var (built, likert) = cells.Build();
        return new CachedPortrait(stamp, collecte, built, likert);
    }

    /// <summary>
    /// Cells that did not count every answer are rebuilt and stored in the background, once per collecte at a time,
    /// in a transaction of their own (the request that noticed may be inside another connection's transaction).
    /// </summary>
    private void StoreCellsLater(int collecteId)
    {
        var started = new TaskCompletionSource();
        if (!_rebuilds.TryAdd(collecteId, started.Task)) return;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
                var collecte = await CollecteQuestionnaire.LoadAsync(db, collecteId, CancellationToken.None);
                await PortraitCells.RebuildAsync(db, collecte, analysis.CurrentValue, CancellationToken.None);
            }
            catch (Exception error) when (error is DbException or InvalidOperationException or DbUpdateException)
            {
                // The next portrait computed from the rows tries again.
                logger.LogWarning(error, "Portrait cells of collecte {CollecteId} not stored", collecteId);
            }
            finally
            {
                _rebuilds.TryRemove(collecteId, out _);
                started.SetResult();
            }
        });
    }

    private async Task<(PortraitCollecte Collecte, string SnapshotHash)> LoadCollecteAsync(DiagnosticDbContext db, int collecteId, CancellationToken cancellationToken)
    {
        var collecte = await db.Collectes.AsNoTracking().Whole().SingleAsync(s => s.Id == collecteId, cancellationToken);
        var neighbourhoods = collecte.Neighbourhoods
            .Select(n => new PortraitNeighbourhood(n.Territory!.Code, n.Territory.Name, n.Territory.Population, n.ParticipationTarget))
            .OrderBy(n => n.Name, CollecteLoading.NameOrder)
            .ToList();
        return (new PortraitCollecte(
            collecte.Id, collecte.PublicCode, collecte.Name, collecte.TerritoryId, collecte.Territory!.Name,
            collecte.Territory.NeighbourhoodWord, collecte.Audience, snapshots.Get(collecte.Snapshot!), neighbourhoods),
            collecte.Snapshot!.Hash);
    }
}
