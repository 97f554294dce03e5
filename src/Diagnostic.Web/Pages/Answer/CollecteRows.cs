using System.Collections.Concurrent;
using System.Diagnostics;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// Collecte rows by public code for the answer pages, read at most once per <see cref="MaxAge"/> instead of on each
/// of a submission's ~25 requests (issue 16). A write to any collecte by this process (<see cref="CollecteChanges"/>)
/// makes every entry old at once, so an organisatrice's change shows on her next page; another instance's change shows
/// within <see cref="MaxAge"/>. The submission itself always reads the row (see <see cref="CollecteLoader"/>).
/// Age is real time, not the application's clock: a frozen test clock must not keep a row forever.
/// </summary>
public sealed class CollecteRows
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Entry> _byCode = new(StringComparer.Ordinal);

    private sealed record Entry(Collecte? Row, long Version, long ReadAt);

    public bool TryGet(string code, out Collecte? row)
    {
        if (_byCode.TryGetValue(code, out var entry) && entry.Version == CollecteChanges.Version
            && Stopwatch.GetElapsedTime(entry.ReadAt) < MaxAge)
        {
            row = entry.Row;
            return true;
        }
        row = null;
        return false;
    }

    /// <summary>
    /// Keeps what was read, an unknown code included (null), under the version seen before reading: a write that
    /// lands meanwhile leaves the entry already old. Bounded: entries past their age are dropped as new ones come.
    /// </summary>
    public void Keep(string code, Collecte? row, long versionBeforeRead)
    {
        if (_byCode.Count >= 1024)
        {
            foreach (var (key, old) in _byCode)
            {
                if (Stopwatch.GetElapsedTime(old.ReadAt) >= MaxAge) _byCode.TryRemove(key, out _);
            }
            if (_byCode.Count >= 1024) return; // a flood of distinct codes is not cached
        }
        _byCode[code] = new Entry(row, versionBeforeRead, Stopwatch.GetTimestamp());
    }
}
