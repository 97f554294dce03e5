using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace Diagnostic.Web.Pages.Admin.Exchange;

/// <summary>
/// Checked uploads waiting for the organisatrice's confirmation, kept in memory only (answers never touch the disk
/// here) for <see cref="Lifetime"/>, each under an unguessable token bound to her and to the collecte.
/// </summary>
public sealed class PendingImports : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private const long MaxHeldBytes = 512L * 1024 * 1024;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxHeldBytes });

    private sealed record Pending(int CollecteId, string User, byte[] Content);

    /// <summary>Keeps the bytes; returns the token to confirm with, or null when memory for pending imports is full.</summary>
    public string? Keep(int collecteId, string user, byte[] content)
    {
        var token = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var options = new MemoryCacheEntryOptions { Size = Math.Max(1, content.Length), AbsoluteExpirationRelativeToNow = Lifetime };
        cache.Set(token, new Pending(collecteId, user, content), options);
        return cache.TryGetValue(token, out _) ? token : null;
    }

    /// <summary>The bytes kept under this token for this person and collecte, removed so they are imported once.</summary>
    public byte[]? Take(string? token, int collecteId, string user)
    {
        if (token is null || !cache.TryGetValue(token, out Pending? pending) || pending is null) return null;
        if (pending.CollecteId != collecteId || pending.User != user) return null;
        cache.Remove(token);
        return pending.Content;
    }

    public void Dispose() => cache.Dispose();
}
