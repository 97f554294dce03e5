using Diagnostic.Data.Responses;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>Thanks, and what happens next: the portrait, the forum, the droit de suite.</summary>
public sealed class ThankYouModel(CollecteLoader loader, ResponseStore store, DraftCookie cookie)
    : AnswerPageModel(loader, store, cookie)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(needsDraft: false, cancellationToken) ?? Page();
}
