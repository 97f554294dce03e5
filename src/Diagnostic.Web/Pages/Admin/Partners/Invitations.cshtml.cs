using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Exchange;
using Diagnostic.Data.Partners;
using Diagnostic.Web.Pages.Admin.Exchange;
using Diagnostic.Web.Pages.Admin.Collectes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>
/// The invitations of a partner collecte: which organisations have answered (never what), new single-use codes
/// (shown once, to print or copy), and revoking an unused code.
/// </summary>
public sealed class InvitationsModel(AdminCollectes collectes, PartnerInvitations invitations, PartnerDirectory directory) : CollecteByCodePageModel(collectes)
{
    [BindProperty]
    public List<int> OrganisationIds { get; set; } = [];

    public IReadOnlyList<InvitationSummary> Invitations { get; private set; } = [];
    public IReadOnlyList<PartnerOrganisation> Organisations { get; private set; } = [];

    /// <summary>The codes just generated: the only time they exist in clear.</summary>
    public IReadOnlyList<IssuedInvitation> Issued { get; private set; } = [];
    public bool Revoked { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var known = Organisations.Select(o => o.Id).ToHashSet();
        Issued = await invitations.IssueAsync(Collecte.Id, OrganisationIds.Where(known.Contains).Distinct().ToList(), ct);
        Invitations = await invitations.ListAsync(Collecte.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int invitationId, CancellationToken ct)
    {
        await LoadAsync(ct);
        Revoked = await invitations.RevokeAsync(Collecte.Id, invitationId, ct);
        Invitations = await invitations.ListAsync(Collecte.Id, ct);
        return Page();
    }

    protected override bool Serves(ExchangeCollecte collecte) => collecte.Collecte.Audience == Audience.Partner;

    private async Task LoadAsync(CancellationToken ct)
    {
        Invitations = await invitations.ListAsync(Collecte.Id, ct);
        Organisations = await directory.ListAsync(ct);
    }
}
