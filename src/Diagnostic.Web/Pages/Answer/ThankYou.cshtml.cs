using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// Thanks, and what happens next: the portrait, the forum, the droit de suite. Only for a browser that submitted: its
/// draft cookie names a submitted response, or (kiosk, whose draft is forgotten at submission) a one-time note says
/// it just did. Anyone else is sent to the welcome page, never told their answers were recorded.
/// </summary>
public sealed class ThankYouModel(CollecteLoader loader, ResponseStore store, DraftCookie cookie)
    : AnswerPageModel(loader, store, cookie)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(needsDraft: false, cancellationToken) is { } stop) return stop;
        var justSubmitted = TempData[JustSubmittedKey(Code)] is true;
        if (!justSubmitted && Draft is not { Status: ResponseStatus.Submitted }) return RedirectToPage("/Answer/Welcome", new { code = Code });
        // The kiosk goes back to the welcome page by itself for the next person, even if no one touches it. Not to the
        // kiosk's start, whose button is for the organisatrice: kiosk mode is on and the draft was forgotten at submission.
        if (IsKiosk) Response.Headers["Refresh"] = $"{Kiosk.KioskMode.ReturnAfterSeconds}; url={Request.PathBase}/s/{Code}";
        return Page();
    }

    public static string JustSubmittedKey(string code) => "submitted-" + code;
}
