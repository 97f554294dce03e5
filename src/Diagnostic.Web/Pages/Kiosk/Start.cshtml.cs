using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Answer;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Kiosk;

/// <summary>
/// The kiosk's start address (/kiosque/{code}). Opening it only shows what the kiosk does and a start button: a plain
/// link (or an image on another site) must not sign staff out. The button's post (antiforgery-checked) signs out any
/// staff session in this browser (the organisatrice who sets the kiosk up leaves no way into /admin behind her), hands
/// the browser the kiosk token of this collecte, forgets any unfinished draft of the previous person, and opens the
/// collecte's welcome page.
/// </summary>
public sealed class StartModel(CollecteLoader loader, DraftCookie draftCookie, SignInManager<DiagnosticUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public AnswerCollecte Collecte { get; private set; } = null!;

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await loader.LoadOpenAsync(Code, cancellationToken) is not { } collecte) return NotFound();
        Collecte = collecte;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await loader.LoadOpenAsync(Code, cancellationToken) is null) return NotFound();
        if (SignedIn) await signIn.SignOutAsync();
        KioskMode.TurnOn(Response, Code);
        draftCookie.Clear(Response, Code);
        return Redirect($"{Request.PathBase}/s/{Code}");
    }
}
