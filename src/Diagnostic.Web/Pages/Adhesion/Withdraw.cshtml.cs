using Diagnostic.Data;
using Diagnostic.Web.Pages.Admin.Partners;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Adhesion;

/// <summary>
/// Withdraws an organisation's consent to share its contact details: from the next page any member opens, they are
/// hidden. Reading the link changes nothing (a mail scanner may follow it); the button does.
/// </summary>
public sealed class WithdrawModel(DiagnosticDbContext db, MembershipLinks links) : PageModel
{
    public string OrganisationName { get; private set; } = "";
    public bool Shared { get; private set; }
    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var organisation = await links.FindByWithdrawTokenAsync(token, cancellationToken);
        if (organisation is null) return NotFound();
        (OrganisationName, Shared) = (organisation.Name, organisation.ShareContact);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var organisation = await links.FindByWithdrawTokenAsync(token, cancellationToken);
        if (organisation is null) return NotFound();
        organisation.ShareContact = false;
        organisation.ShareContactAt = null;
        await db.SaveChangesAsync(cancellationToken);
        (OrganisationName, Shared, Done) = (organisation.Name, false, true);
        return Page();
    }
}
