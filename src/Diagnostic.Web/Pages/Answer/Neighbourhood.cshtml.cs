using Diagnostic.Data.Responses;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>Step 1: the person picks their neighbourhood from the collecte's list (no address is ever asked).</summary>
public sealed class NeighbourhoodModel(
    CollecteLoader loader, ResponseStore store, DraftCookie cookie, IStringLocalizer<SharedResource> text)
    : AnswerPageModel(loader, store, cookie)
{
    public const string FieldId = "neighbourhood";

    [BindProperty(Name = "neighbourhood")]
    public string? Chosen { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(needsDraft: true, cancellationToken) is { } stop) return stop;
        Chosen = Draft!.NeighbourhoodCode;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var language = LanguageSwitch.Apply(HttpContext);
        if (await LoadAsync(needsDraft: true, cancellationToken) is { } stop) return stop;
        // Switching language before choosing is not a mistake: the page comes back in the other language.
        if (!Collecte.Covers(Chosen) && language is not null) return Redirect($"{Request.PathBase}{Request.Path}?{Languages.QueryKey}={language}");
        if (!Collecte.Covers(Chosen))
        {
            var message = string.IsNullOrEmpty(Chosen) ? "Neighbourhood.Required" : "Neighbourhood.NotInCollecte";
            Errors.Add(new FieldError(FieldId, text[message, Collecte.NeighbourhoodWord]));
            return Page();
        }
        Draft!.NeighbourhoodCode = Chosen;
        Draft.Language = Languages.Current;
        await Store.SaveDraftAsync(Draft, cancellationToken);
        if (language is not null) return Redirect($"{Request.PathBase}{Request.Path}?{Languages.QueryKey}={language}");
        return RedirectToPage("/Answer/Step", new { code = Code, number = 1 });
    }
}
