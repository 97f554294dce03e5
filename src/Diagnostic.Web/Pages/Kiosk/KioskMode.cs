namespace Diagnostic.Web.Pages.Kiosk;

/// <summary>
/// Kiosk mode for in-person events: a marker cookie that lives only while the kiosk's browser is open (no expiry),
/// scoped to one collecte. In this mode the draft cookie is not persisted, it is cleared at submission, the
/// thank-you page returns to the start, and responses are recorded with channel kiosk.
/// </summary>
public static class KioskMode
{
    /// <summary>Seconds the thank-you page stays before the next person's start page.</summary>
    public const int ReturnAfterSeconds = 15;

    public static string CookieName(string code) => "diag-kiosque-" + code;

    public static string StartPath(string code) => "/kiosque/" + code;

    public static bool IsOn(HttpRequest request, string code) => request.Cookies.ContainsKey(CookieName(code));

    public static void TurnOn(HttpResponse response, string code) =>
        response.Cookies.Append(CookieName(code), "1", new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/s/" + code,
        });
}
