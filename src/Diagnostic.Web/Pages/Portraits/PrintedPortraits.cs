using System.Collections.Concurrent;
using System.Globalization;
using Diagnostic.Core.Analysis;
using Diagnostic.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// The printable portrait's build policy (issue 16). Building it (every neighbourhood's views and charts) costs far
/// more than serving it, so readers never build it, except the very first one: each collecte × language keeps one
/// built copy, served as it is with its time stamp; while answers arrive, <see cref="PrintedPortraitRefresher"/>
/// rebuilds a copy at most once per <see cref="MinInterval"/>. Memory is bounded by collectes × languages, whatever
/// the number of requests. Copies are dropped, in both languages, when the collecte is deleted or its portrait turns
/// non-public (seen by the next reader or the next refresh). A copy also names the census it was built with (the
/// overview's age table compares with it): a census imported, replaced or deleted since (by the web or the CLI) makes
/// the next reader or refresh build it again; indicators and boundaries are read per request by the page's view
/// components, so they need no such check. A new MinCell (appsettings.json is reloaded when it changes) makes the next
/// reader or refresh build the copy again, as <see cref="PortraitCache"/> does for the portrait.
/// </summary>
public sealed class PrintedPortraits(
    IServiceScopeFactory scopes, PortraitCache portraits, IOptionsMonitor<AnalysisOptions> analysis,
    IStringLocalizer<PortraitText> words, TimeProvider clock, ILogger<PrintedPortraits> log)
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(int CollecteId, string Language), Held> _copies = new();
    private readonly ConcurrentDictionary<(int CollecteId, string Language), SemaphoreSlim> _gates = new();

    /// <summary>A copy, whether the portrait was public when it was built, and the stored id of its census (0: none).</summary>
    private sealed record Held(PrintedPortrait Copy, bool IsPublic, int CensusId);

    /// <summary>The last built copy; built now only when there is none (first reader, or dropped).</summary>
    public async Task<PrintedPortrait> GetAsync(PortraitStamp stamp, string language, CancellationToken cancellationToken)
    {
        var key = (stamp.CollecteId, language);
        var censusId = await CensusIdAsync(stamp.CollecteId, cancellationToken);
        if (_copies.TryGetValue(key, out var held))
        {
            if (StillValid(held, stamp, censusId)) return held.Copy;
            Forget(stamp.CollecteId);
        }
        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_copies.TryGetValue(key, out held) && StillValid(held, stamp, censusId)) return held.Copy;
            // Not the reader's token: a reader who gives up must not throw away a build the next one would redo.
            var built = await BuildAsync(stamp, language, CancellationToken.None);
            _copies[key] = built;
            return built.Copy;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Built with the portrait's current visibility, the collecte's current census and the configured MinCell.</summary>
    private bool StillValid(Held held, PortraitStamp stamp, int censusId) =>
        held.IsPublic == stamp.IsPublic && held.CensusId == censusId && held.Copy.Portrait.Portrait.MinCell == analysis.CurrentValue.MinCell;

    /// <summary>Whether a copy of this collecte in this language is held (tests, benchmark).</summary>
    public bool Holds(int collecteId, string language) => _copies.ContainsKey((collecteId, language));

    public int Count => _copies.Count;

    /// <summary>Drops the collecte's copies in every language.</summary>
    public void Forget(int collecteId)
    {
        foreach (var key in _copies.Keys.Where(k => k.CollecteId == collecteId)) _copies.TryRemove(key, out _);
    }

    /// <summary>
    /// One pass of the refresher: drops the copies of deleted or no longer public collectes, rebuilds a copy whose
    /// answers changed once it is <see cref="MinInterval"/> old, and one whose census or MinCell changed at once (rare,
    /// and its reader expects to see it). Returns how many copies were rebuilt.
    /// </summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var rebuilt = 0;
        foreach (var collecteId in _copies.Keys.Select(k => k.CollecteId).Distinct().ToList())
        {
            PortraitStamp? stamp;
            await using (var scope = scopes.CreateAsyncScope())
                stamp = await PortraitCache.StampAsync(scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>(), collecteId, cancellationToken);
            var censusId = await CensusIdAsync(collecteId, cancellationToken);
            foreach (var (key, held) in _copies.Where(c => c.Key.CollecteId == collecteId).ToList())
            {
                if (stamp is null || held.IsPublic != stamp.IsPublic)
                {
                    Forget(collecteId);
                    break;
                }
                var built = held.Copy.Portrait.Stamp;
                var sameAnswers = built.Submitted == stamp.Submitted && built.LastResponseId == stamp.LastResponseId;
                if (StillValid(held, stamp, censusId) && (sameAnswers || clock.GetUtcNow() - held.Copy.BuiltAt < MinInterval)) continue;
                var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(cancellationToken);
                try
                {
                    // Dropped meanwhile (deleted, turned private): a reader builds it again when allowed.
                    if (!_copies.TryGetValue(key, out var current) || current != held) continue;
                    _copies[key] = await BuildAsync(stamp, key.Language, cancellationToken);
                    rebuilt++;
                }
                finally
                {
                    gate.Release();
                }
            }
        }
        return rebuilt;
    }

    /// <summary>The stored id of the census imported for the collecte, 0 when none: a new import has a new id.</summary>
    private async Task<int> CensusIdAsync(int collecteId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>().CollecteCensuses
            .Where(c => c.CollecteId == collecteId).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Builds a copy; its duration is logged (issue 16 target: 300 ms; the `print` benchmark reads the line).</summary>
    private async Task<Held> BuildAsync(PortraitStamp stamp, string language, CancellationToken cancellationToken)
    {
        var builtAt = clock.GetUtcNow();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var portrait = await portraits.GetAsync(stamp, cancellationToken);
        var portraitMs = watch.Elapsed.TotalMilliseconds;
        var copy = await BuildCopyAsync(stamp, portrait, language, builtAt, cancellationToken);
        log.LogInformation(
            "Printed portrait of collecte {CollecteId} ({Language}) built in {Milliseconds:F1} ms (portrait {PortraitMilliseconds:F1} ms), {Neighbourhoods} neighbourhoods",
            stamp.CollecteId, language, watch.Elapsed.TotalMilliseconds, portraitMs, copy.Copy.Neighbourhoods.Count);
        return copy;
    }

    private async Task<Held> BuildCopyAsync(
        PortraitStamp stamp, CachedPortrait portrait, string language, DateTimeOffset builtAt, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var companions = new List<PrintedCompanion>();
        foreach (var (code, audience) in await CompanionReadings.LatestAsync(db, portrait.Collecte, cancellationToken))
        {
            if (await PortraitCache.StampAsync(db, code, cancellationToken) is not { Submitted: > 0 } companionStamp) continue;
            var companion = await portraits.GetAsync(companionStamp, cancellationToken);
            companions.Add(new PrintedCompanion(code, audience, InLanguage(language, () => portrait.Collecte.Neighbourhoods.ToDictionary(
                n => n.Code,
                n => NeighbourhoodViews.Reading(companion, audience, n.Code, language, words) with { CollecteCode = code }))));
        }
        // Named by the stored id even when it no longer reads (the overview then shows no census), like the overview's key;
        // read before the census, so a census replaced meanwhile leaves an older id and the next check builds again.
        var censusId = await CensusIdAsync(stamp.CollecteId, cancellationToken);
        var census = await Territory.CollecteCensuses.FindAsync(db, portrait.Collecte, cancellationToken);
        return new Held(InLanguage(language, () => new PrintedPortrait(
            portrait,
            language,
            OverviewViews.Get(portrait, language, words, census),
            portrait.Collecte.Neighbourhoods.Select(n => NeighbourhoodViews.Summary(portrait, n, language, words)).ToList(),
            companions,
            builtAt)), stamp.IsPublic, censusId);
    }

    /// <summary>The views read their words in the current UI culture: a background build sets the copy's language.</summary>
    private static T InLanguage<T>(string language, Func<T> build)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return build();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
