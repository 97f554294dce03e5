using Microsoft.AspNetCore.DataProtection;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// Remembers, between the invitation page and consent, which valid invitation code the partner typed: the invitation
/// id, encrypted and signed, in a cookie of the collecte's path that ends with the browser session.
/// </summary>
public sealed class InvitationPass(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("Diagnostic.Answer.Invitation.v1");

    public static string Name(string code) => "diag-invitation-" + code;

    public void Write(HttpResponse response, string code, int invitationId) =>
        response.Cookies.Append(Name(code), protector.Protect(invitationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Options(response, code));

    public void Clear(HttpResponse response, string code) => response.Cookies.Delete(Name(code), Options(response, code));

    public int? Read(HttpRequest request, string code)
    {
        if (!request.Cookies.TryGetValue(Name(code), out var value)) return null;
        try
        {
            return int.TryParse(protector.Unprotect(value), out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private static CookieOptions Options(HttpResponse response, string code) => new()
    {
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = response.HttpContext.Request.IsHttps,
        Path = "/s/" + code,
    };
}
