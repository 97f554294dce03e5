using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>What every answer page shares: the open collecte from the address and the person's draft from the cookie.</summary>
public abstract class AnswerPageModel(CollecteLoader loader, ResponseStore store, DraftCookie cookie) : PageModel
{
    protected ResponseStore Store => store;
    protected DraftCookie Cookie => cookie;

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public AnswerCollecte Collecte { get; private set; } = null!;
    public Response? Draft { get; private set; }

    /// <summary>Shown on every page so the person can come back later.</summary>
    public string? ResumeCode { get; private set; }

    public List<FieldError> Errors { get; } = [];

    /// <summary>In-person kiosk (see <see cref="Kiosk.KioskMode"/>): nothing is kept in the browser.</summary>
    public bool IsKiosk => Kiosk.KioskMode.IsOn(Request, Code);

    /// <summary>
    /// Loads the collecte (404 when unknown or closed) and, when asked, the draft (back to the welcome page when none).
    /// <paramref name="freshCollecte"/>: read the collecte's row now rather than trust a row a second old (submission).
    /// </summary>
    protected async Task<IActionResult?> LoadAsync(bool needsDraft, CancellationToken cancellationToken, bool freshCollecte = false)
    {
        var collecte = await loader.LoadOpenAsync(Code, cancellationToken, freshCollecte);
        if (collecte is null) return NotFound();
        // A kiosk never runs with a staff session: someone signed in again on it is sent to the start, whose button signs out.
        if (IsKiosk && User.Identity?.IsAuthenticated == true) return Redirect(Request.PathBase + Kiosk.KioskMode.StartPath(Code));
        Collecte = collecte;
        if (cookie.Read(Request, Code) is { } saved)
        {
            Draft = await store.FindAsync(collecte.Collecte.Id, saved.PublicId, cancellationToken);
            ResumeCode = Draft is { Status: ResponseStatus.Draft } ? saved.ResumeCode : null;
        }
        if (!needsDraft) return null;
        if (Draft is null) return RedirectToPage("/Answer/Welcome", new { code = Code });
        if (Draft.Status == ResponseStatus.Submitted) return RedirectToPage("/Answer/ThankYou", new { code = Code });
        return null;
    }

    protected void StartedDraft(Response draft, string resumeCode)
    {
        Draft = draft;
        ResumeCode = resumeCode;
        cookie.Write(Response, Code, draft.PublicId, resumeCode, persistent: !IsKiosk);
    }
}
