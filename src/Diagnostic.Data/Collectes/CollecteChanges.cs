namespace Diagnostic.Data.Collectes;

/// <summary>
/// A number that moves whenever this process writes a collecte row (its status, dates, texts) or deletes one, so a
/// cache of rows (the answer pages') can tell at once that what it holds may be old. Writes by another process or
/// instance do not move it: such caches also expire on their own after a short time.
/// </summary>
public static class CollecteChanges
{
    private static long _version;

    public static long Version => Interlocked.Read(ref _version);

    public static void Changed() => Interlocked.Increment(ref _version);
}
