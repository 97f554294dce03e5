using Diagnostic.Data.Responses;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>Thanks, and what happens next: the portrait, the forum, the droit de suite.</summary>
public sealed class ThankYouModel(CollecteLoader loader, ResponseStore store, DraftCookie cookie)
    : AnswerPageModel(loader, store, cookie)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(needsDraft: false, cancellationToken) is { } stop) return stop;
        // The kiosk goes back to the start by itself for the next person, even if no one touches it.
        if (IsKiosk) Response.Headers["Refresh"] = $"{Kiosk.KioskMode.ReturnAfterSeconds}; url={Request.PathBase}{Kiosk.KioskMode.StartPath(Code)}";
        return Page();
    }
}
