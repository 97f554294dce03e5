using Diagnostic.Data.Responses;
using Diagnostic.Web.Abuse;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>What the collecte is, and the two separate, unticked consents (Loi 25) that start a draft.</summary>
[PartnerInvitationRequired]
[RateLimited(RateLimitKind.Submission)]
public sealed class WelcomeModel(
    CollecteLoader loader, ResponseStore store, DraftCookie cookie, IStringLocalizer<SharedResource> text)
    : AnswerPageModel(loader, store, cookie)
{
    public const int MinimumAge = 14;

    [BindProperty]
    public bool Consent { get; set; }

    [BindProperty]
    public bool AgeConfirmed { get; set; }

    /// <summary>From a neighbourhood's QR code (/s/{code}?quartier=X): that neighbourhood comes pre-selected.</summary>
    [BindProperty(Name = "quartier", SupportsGet = true)]
    public string? Quartier { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(needsDraft: false, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(needsDraft: false, cancellationToken) is { } stop) return stop;
        if (!Consent) Errors.Add(new FieldError("consent", text["Welcome.ConsentRequired"]));
        if (!AgeConfirmed) Errors.Add(new FieldError("age", text["Welcome.AgeRequired", MinimumAge]));
        if (Errors.Count > 0) return Page();
        var (draft, resumeCode) = await Store.StartAsync(
            Collecte.Collecte, Collecte.Collecte.Snapshot!.Hash, Languages.Current, cancellationToken,
            IsKiosk ? Data.Entities.ResponseChannel.Kiosk : Data.Entities.ResponseChannel.Web,
            Collecte.Covers(Quartier) ? Quartier : null);
        StartedDraft(draft, resumeCode);
        return RedirectToPage("/Answer/Neighbourhood", new { code = Code });
    }
}
