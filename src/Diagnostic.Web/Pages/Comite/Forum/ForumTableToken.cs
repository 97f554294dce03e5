using Microsoft.AspNetCore.DataProtection;

namespace Diagnostic.Web.Pages.Comite.Forum;

/// <summary>
/// A forum table's pass, like the kiosk's token: the séance id, its forum code and the table's name, encrypted and
/// signed with Data Protection, in a cookie of the /forum path that lives while the phone's browser is open. A token
/// whose code no longer opens the séance (entry closed, or reopened with a new code) is refused; no account is needed.
/// </summary>
public static class ForumTableToken
{
    public const string CookieName = "diag-forum";
    private const string Purpose = "Diagnostic.Forum.Table.v1";

    public sealed record Pass(int SeanceId, string Code, string Table);

    public static void Give(HttpResponse response, Pass pass) =>
        response.Cookies.Append(CookieName, Protector(response.HttpContext).Protect($"{pass.SeanceId}|{pass.Code}|{pass.Table}"), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/forum",
        });

    public static Pass? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var token)) return null;
        try
        {
            var parts = Protector(request.HttpContext).Unprotect(token).Split('|', 3);
            return parts.Length == 3 && int.TryParse(parts[0], out var seanceId) ? new Pass(seanceId, parts[1], parts[2]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private static IDataProtector Protector(HttpContext context) =>
        context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
