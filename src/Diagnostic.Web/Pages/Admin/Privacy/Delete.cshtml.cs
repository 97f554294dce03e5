using Diagnostic.Data.Audit;
using Diagnostic.Data.Exchange;
using Diagnostic.Data.Retention;
using Diagnostic.Web.Pages.Admin.Exchange;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Privacy;

/// <summary>Deletes a collecte and all its responses once the person has typed its code.</summary>
public sealed class DeleteModel(
    AdminCollectes collectes, CollecteDeletion deletion, AuditLog audit, IStringLocalizer<PrivacyText> strings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public string? Confirmation { get; set; }

    public ExchangeCollecte Collecte { get; private set; } = null!;
    public string? Error { get; private set; }
    public int? DeletedResponses { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await collectes.FindAsync(User, Code, ct) is not { } collecte) return NotFound();
        Collecte = collecte;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await collectes.FindAsync(User, Code, ct) is not { } collecte) return NotFound();
        Collecte = collecte;
        if (Confirmation?.Trim() != collecte.Code)
        {
            Error = strings["Delete.Mismatch", collecte.Code];
            return Page();
        }
        DeletedResponses = await deletion.DeleteAsync(collecte.Id, ct);
        await audit.RecordAsync(User, AuditActions.CollecteDeleted, AuditTarget.Collecte(collecte.Id),
            $"{DeletedResponses} responses deleted", ct);
        return Page();
    }
}
