using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Diagnostic.Web.KeyRing;

/// <summary>
/// Protectors that remember what they opened and sealed (issue 16), for the payloads a browser sends back on each of a
/// submission's ~25 requests: the antiforgery cookie and request token (the same content on every page) and the draft
/// cookie. Opening or sealing one (key derivation, AES, HMAC) was a request's costliest step after the database. Only
/// payloads that opened are kept, so nothing that failed is ever believed; bounded, emptied when full. A payload opened
/// before its key was revoked stays readable until the process restarts. Other purposes are untouched.
/// </summary>
public static class RememberingProtectors
{
    /// <summary>The purpose ASP.NET Core's antiforgery protects its tokens with.</summary>
    public const string AntiforgeryPurpose = "Microsoft.AspNetCore.Antiforgery.AntiforgeryToken.v1";

    private const int MaxOpened = 4096;

    /// <summary>Wraps the registered <see cref="IDataProtectionProvider"/> for these purposes; call after AddDataProtection.</summary>
    public static IServiceCollection AddRememberingProtectors(this IServiceCollection services, params string[] purposes)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IDataProtectionProvider));
        services.Replace(ServiceDescriptor.Singleton<IDataProtectionProvider>(provider => new Provider(Create(registered, provider), purposes)));
        return services;
    }

    private static IDataProtectionProvider Create(ServiceDescriptor registered, IServiceProvider provider) =>
        (IDataProtectionProvider)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));

    private sealed class Provider(IDataProtectionProvider inner, string[] purposes) : IDataProtectionProvider
    {
        public IDataProtector CreateProtector(string purpose) =>
            purposes.Contains(purpose) ? new RememberingProtector(inner.CreateProtector(purpose)) : inner.CreateProtector(purpose);
    }

    private sealed class RememberingProtector(IDataProtector inner) : IDataProtector
    {
        private readonly ConcurrentDictionary<byte[], byte[]> _opened = new(BytesComparer.Instance);
        private readonly ConcurrentDictionary<byte[], byte[]> _sealed = new(BytesComparer.Instance);

        public IDataProtector CreateProtector(string purpose) => inner.CreateProtector(purpose);

        /// <summary>
        /// The same content sealed the same way: a browser's request token holds the same bytes on every page (its
        /// cookie token's secret and its user), so each page gets the same request token, as with a per-session token,
        /// and the post opens it from <see cref="_opened"/>. The pages that carry it are never compressed (no BREACH).
        /// </summary>
        public byte[] Protect(byte[] plaintext)
        {
            if (_sealed.TryGetValue(plaintext, out var known)) return (byte[])known.Clone();
            var protectedData = inner.Protect(plaintext);
            if (_sealed.Count >= MaxOpened) _sealed.Clear();
            _sealed[(byte[])plaintext.Clone()] = (byte[])protectedData.Clone();
            return protectedData;
        }

        public byte[] Unprotect(byte[] protectedData)
        {
            if (_opened.TryGetValue(protectedData, out var known)) return (byte[])known.Clone();
            var opened = inner.Unprotect(protectedData);
            if (_opened.Count >= MaxOpened) _opened.Clear();
            _opened[(byte[])protectedData.Clone()] = (byte[])opened.Clone();
            return opened;
        }
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]>
    {
        public static readonly BytesComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes)
        {
            var hash = new HashCode();
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
