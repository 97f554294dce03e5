using Microsoft.AspNetCore.DataProtection;

namespace Diagnostic.Web.Pages.Kiosk;

/// <summary>
/// Kiosk mode for in-person events: a kiosk token, encrypted and signed with Data Protection, naming the one collecte
/// it may answer, in a cookie of that collecte's path that lives only while the kiosk's browser is open (no expiry).
/// A token copied to another collecte's path, forged or tampered with is ignored. In this mode the draft cookie is
/// not persisted, it is cleared at submission, the thank-you page returns to the welcome page, responses are recorded with
/// channel kiosk, and no staff session is ever kept (see <see cref="StartModel"/>).
/// </summary>
public static class KioskMode
{
    /// <summary>Seconds the thank-you page stays before the next person's start page.</summary>
    public const int ReturnAfterSeconds = 15;

    private const string Purpose = "Diagnostic.Kiosk.Token.v1";

    public static string CookieName(string code) => "diag-kiosque-" + code;

    public static string StartPath(string code) => "/kiosque/" + code;

    public static bool IsOn(HttpRequest request, string code)
    {
        if (!request.Cookies.TryGetValue(CookieName(code), out var token)) return false;
        try
        {
            return Protector(request.HttpContext).Unprotect(token) == code;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    public static void TurnOn(HttpResponse response, string code) =>
        response.Cookies.Append(CookieName(code), Protector(response.HttpContext).Protect(code), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/s/" + code,
        });

    private static IDataProtector Protector(HttpContext context) =>
        context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
