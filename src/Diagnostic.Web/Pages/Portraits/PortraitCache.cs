using Diagnostic.Data.Collectes;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// The portrait of each collecte, computed once per version and cached. A version is named by the count and the
/// highest id of the collecte's submitted responses (<see cref="PortraitStamp"/>), read with one indexed query on
/// every request: a new submission changes it, and the next request computes the portrait again in one pass over
/// <see cref="ResponseStream"/> (portrait and Likert counts together). One computation per collecte at a time.
/// </summary>
public sealed class PortraitCache(IServiceScopeFactory scopes, SnapshotQuestionnaires snapshots, IOptionsMonitor<AnalysisOptions> analysis)
{
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
        var collecte = await LoadCollecteAsync(db, stamp.CollecteId, cancellationToken);
        var portrait = new PortraitBuilder(collecte.Questionnaire, analysis.CurrentValue);
        var likert = new LikertCountsBuilder(collecte.Questionnaire);
        // Two stages on two threads: reading and JSON parsing here, the statistics in the consumer.
        var queue = Channel.CreateBounded<ResponseRecord>(new BoundedChannelOptions(4096) { SingleReader = true, SingleWriter = true });
        var consumer = Task.Run(async () =>
        {
            await foreach (var response in queue.Reader.ReadAllAsync(cancellationToken))
            {
                portrait.Add(response);
                likert.Add(response);
            }
        }, cancellationToken);
        try
        {
            await foreach (var response in ResponseStream.ReadSubmittedAsync(db, stamp.CollecteId, collecte.Questionnaire, cancellationToken))
                await queue.Writer.WriteAsync(response, cancellationToken);
        }
        finally
        {
            queue.Writer.Complete();
        }
        await consumer;
        var built = portrait.Build();
        return new CachedPortrait(stamp, collecte, built, likert.Build(built));
    }

    private async Task<PortraitCollecte> LoadCollecteAsync(DiagnosticDbContext db, int collecteId, CancellationToken cancellationToken)
    {
        var collecte = await db.Collectes.AsNoTracking()
            .Include(s => s.Territory)
            .Include(s => s.Snapshot)
            .Include(s => s.Neighbourhoods).ThenInclude(n => n.Territory)
            .SingleAsync(s => s.Id == collecteId, cancellationToken);
        var order = StringComparer.Create(CultureInfo.GetCultureInfo("fr"), ignoreCase: true);
        var neighbourhoods = collecte.Neighbourhoods
            .Select(n => new PortraitNeighbourhood(n.Territory!.Code, n.Territory.Name, n.Territory.Population, n.ParticipationTarget))
            .OrderBy(n => n.Name, order)
            .ToList();
        return new PortraitCollecte(
            collecte.Id, collecte.PublicCode, collecte.Name, collecte.TerritoryId, collecte.Territory!.Name,
            collecte.Territory.NeighbourhoodWord, collecte.Audience, snapshots.Get(collecte.Snapshot!), neighbourhoods);
    }
}
