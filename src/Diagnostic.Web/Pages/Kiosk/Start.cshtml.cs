using Diagnostic.Web.Pages.Answer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Kiosk;

/// <summary>
/// The kiosk's start address (/kiosque/{code}): turns kiosk mode on, forgets any unfinished draft of the previous
/// person, and opens the collecte's welcome page. The thank-you page comes back here.
/// </summary>
public sealed class StartModel(CollecteLoader loader, DraftCookie draftCookie) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await loader.LoadOpenAsync(Code, cancellationToken) is null) return NotFound();
        KioskMode.TurnOn(Response, Code);
        draftCookie.Clear(Response, Code);
        return Redirect($"{Request.PathBase}/s/{Code}");
    }
}
