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
    [BindProperty(SupportsGet = true)]
    public int Status { get; set; }

    /// <summary>Set when an upload went over its page's limit (413), so the page can state the limit.</summary>
    public Uploads.UploadLimitFeature? UploadLimit => HttpContext.Features.Get<Uploads.UploadLimitFeature>();

    /// <summary>A missing page under /s/ is a collecte that is unknown or closed: say so.</summary>
    public bool IsCollecte => OriginalPathStartsWith("/s/");

    /// <summary>A conflict on a comité page is a change to a closed year (ClosedYearFilter).</summary>
    public bool IsComite => OriginalPathStartsWith("/comite/");

    private bool OriginalPathStartsWith(string prefix) =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath?.StartsWith(prefix, StringComparison.Ordinal) == true;
}
