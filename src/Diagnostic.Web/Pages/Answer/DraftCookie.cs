using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// Carries the draft's id and its resume code between pages, encrypted and signed with Data Protection,
/// so a draft can neither be guessed nor tampered with. One cookie per collecte.
/// </summary>
public sealed class DraftCookie(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("Diagnostic.Answer.Draft.v1");

    public static string Name(string code) => "diag-brouillon-" + code;

    /// <summary>Not <paramref name="persistent"/> (kiosk mode): the cookie dies with the browser session.</summary>
    public void Write(HttpResponse response, string code, string publicId, string resumeCode, bool persistent = true) =>
        response.Cookies.Append(Name(code), protector.Protect(publicId + "|" + resumeCode), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/s/" + code,
            MaxAge = persistent ? TimeSpan.FromDays(60) : null,
        });

    /// <summary>Forgets the draft in this browser (kiosk: after each submission and for each new person).</summary>
    public void Clear(HttpResponse response, string code) =>
        response.Cookies.Delete(Name(code), new CookieOptions { Path = "/s/" + code });

    public (string PublicId, string ResumeCode)? Read(HttpRequest request, string code)
    {
        if (!request.Cookies.TryGetValue(Name(code), out var value)) return null;
        if (opened.TryGetValue(value, out var known)) return known;
        try
        {
            var parts = protector.Unprotect(value).Split('|');
            if (parts.Length != 2) return null;
            if (opened.Count >= MaxOpened) opened.Clear();
            opened[value] = (parts[0], parts[1]);
            return (parts[0], parts[1]);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>
    /// Cookie values this process has already opened (issue 16): the same value comes back with each of a person's
    /// ~25 requests, and opening it (key derivation, AES, HMAC) was a request's costliest step after the database.
    /// Only values that opened are kept, so nothing unopened is ever believed; bounded, emptied when full.
    /// </summary>
    private readonly ConcurrentDictionary<string, (string PublicId, string ResumeCode)> opened = new(StringComparer.Ordinal);

    private const int MaxOpened = 4096;
}
