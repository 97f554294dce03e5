using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages;

/// <summary>
/// The page behind every 4xx/5xx without a body (UseStatusCodePagesWithReExecute). Re-executed with the original
/// method, so it has no handler and ignores antiforgery (a refused token must still get its explanation).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    /// <summary>From the route, not model binding: a re-executed POST whose form cannot be read must keep its status.</summary>
    public int Status => int.TryParse(RouteData.Values["status"] as string, out var status) ? status : 0;

    /// <summary>A form refused for its characters or size (<see cref="Abuse.UnreadableFormGuard"/>).</summary>
    public bool IsUnreadableForm => Abuse.UnreadableFormGuard.IsUnreadable(HttpContext);

    /// <summary>The wait before retrying a refused request (429), from its Retry-After header, in whole minutes (at least 1).</summary>
    public int RetryAfterMinutes =>
        int.TryParse(Response.Headers.RetryAfter.ToString(), out var seconds) ? Math.Max(1, (seconds + 59) / 60) : 1;

    /// <summary>Set when an upload went over its page's limit (413), so the page can state the limit.</summary>
    public Uploads.UploadLimitFeature? UploadLimit => HttpContext.Features.Get<Uploads.UploadLimitFeature>();

    /// <summary>A missing page under /s/ is a collecte that is unknown or closed: say so.</summary>
    public bool IsCollecte => OriginalPathStartsWith("/s/");

    /// <summary>A conflict on a comité page is a change to a closed year (ClosedYearFilter).</summary>
    public bool IsComite => OriginalPathStartsWith("/comite/");

    private bool OriginalPathStartsWith(string prefix) =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath?.StartsWith(prefix, StringComparison.Ordinal) == true;
}
