using Diagnostic.Data;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// Base of the portrait pages: finds the collecte by its code, checks who may see it, and gets its cached portrait.
/// A portrait the reader may not see is a 404, as an unknown code is: its existence is not disclosed.
/// </summary>
public abstract class PortraitPageModel(DiagnosticDbContext db, SessionPortraits portraits, PortraitAccess access) : PageModel
{
    public SessionPortrait Portrait { get; private set; } = null!;

    public PortraitCollecte Collecte => Portrait.Collecte;

    public static string Language => Languages.Current;

    public string Code => Collecte.Code;

    protected async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var stamp = await SessionPortraits.StampAsync(db, code, cancellationToken);
        if (stamp is null || !access.Allows(User, stamp)) return false;
        Portrait = await portraits.GetAsync(stamp, cancellationToken);
        return true;
    }
}
