using Diagnostic.Data;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// Base of the portrait pages: finds the collecte by its code, checks who may see it, and gets its cached portrait.
/// Unknown code: 404. Not public: sign-in for anonymous readers, 403 without the Committee policy, 404 outside an
/// organisatrice's collectes (<see cref="PortraitAccess"/>).
/// </summary>
public abstract class PortraitPageModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access) : PageModel
{
    public CachedPortrait Portrait { get; private set; } = null!;

    public PortraitCollecte Collecte => Portrait.Collecte;

    public static string Language => Languages.Current;

    public string Code => Collecte.Code;

    /// <summary>The request's database, for pages that read more of the collecte than its portrait.</summary>
    protected DiagnosticDbContext Db => db;

    /// <summary>Null when the portrait is loaded; otherwise what to answer instead (404, sign-in, 403).</summary>
    protected async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var (refused, stamp) = await DecideAsync(code, cancellationToken);
        if (refused is not null) return refused;
        Portrait = await portraits.GetAsync(stamp!, cancellationToken);
        return null;
    }

    /// <summary>The collecte's stamp when this reader may see its portrait; otherwise what to answer instead.</summary>
    protected async Task<(IActionResult? Refused, PortraitStamp? Stamp)> DecideAsync(string code, CancellationToken cancellationToken)
    {
        var stamp = await PortraitCache.StampAsync(db, code, cancellationToken);
        if (stamp is null) return (NotFound(), null);
        return await access.DecideAsync(User, stamp, cancellationToken) switch
        {
            PortraitDecision.SignIn => (Challenge(), stamp),
            PortraitDecision.Forbidden => (Forbid(), stamp),
            PortraitDecision.NotFound => (NotFound(), stamp),
            _ => (null, stamp),
        };
    }

    /// <summary>For a page that serves a portrait version of its own (the printed copy).</summary>
    protected void Use(CachedPortrait portrait) => Portrait = portrait;
}
