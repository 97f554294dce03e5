using Microsoft.AspNetCore.DataProtection;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// Carries the draft's id and its resume code between pages, encrypted and signed with Data Protection,
/// so a draft can neither be guessed nor tampered with. One cookie per collecte. Its protector remembers what it
/// opened (<see cref="KeyRing.RememberingProtectors"/>): the same value comes back with each of a person's requests.
/// </summary>
public sealed class DraftCookie(IDataProtectionProvider protection)
{
    public const string Purpose = "Diagnostic.Answer.Draft.v1";

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

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
        try
        {
            var parts = protector.Unprotect(value).Split('|');
            return parts.Length == 2 ? (parts[0], parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
