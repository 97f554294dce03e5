using Diagnostic.Data.Audit;
using Diagnostic.Data.Exchange;
using Diagnostic.Data.Retention;
using Diagnostic.Web.Pages.Admin.Exchange;
using Diagnostic.Web.Pages.Admin.Collectes;
using Diagnostic.Web.Pages.Portraits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Privacy;

/// <summary>Deletes a collecte and all its responses once the person has typed its code.</summary>
public sealed class DeleteModel(
    AdminCollectes collectes, CollecteDeletion deletion, AuditLog audit, IStringLocalizer<PrivacyText> strings, PortraitCache portraits)
    : CollecteByCodePageModel(collectes)
{
    [BindProperty]
    public string? Confirmation { get; set; }

    public string? Error { get; private set; }
    public int? DeletedResponses { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Confirmation?.Trim() != Collecte.Code)
        {
            Error = strings["Delete.Mismatch", Collecte.Code];
            return Page();
        }
        var outcome = await deletion.DeleteAsync(Collecte.Id, ct);
        if (!outcome.Deleted)
        {
            Error = strings["Delete.UsedByComite", string.Join(", ", outcome.UsedBy.Select(y => $"{y.Comite} ({y.Year})"))];
            return Page();
        }
        DeletedResponses = outcome.Responses;
        portraits.Drop(Collecte.Id);
        await audit.RecordAsync(User, AuditActions.CollecteDeleted, AuditTarget.Collecte(Collecte.Id),
            $"{DeletedResponses} responses deleted", ct);
        return Page();
    }
}
