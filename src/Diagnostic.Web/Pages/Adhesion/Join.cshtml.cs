using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Abuse;
using Diagnostic.Web.Pages.Admin.Partners;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Pages.Comite.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Adhesion;

/// <summary>
/// The membership form an organisation fills in itself from the link the organisatrice sent (no account). The privacy
/// consent is required; sharing its contact details with the other members is a separate choice, unticked. The
/// confirmation gives, once, the link that withdraws the sharing. A used, expired or unknown link opens nothing (404).
/// </summary>
[RateLimited(RateLimitKind.InvitationCode)]
public sealed class JoinModel(
    DiagnosticDbContext db, MembershipLinks links, OrganisationCards cards, Today today, IStringLocalizer<ConcertationText> messages) : PageModel
{
    public IReadOnlyList<EditModel.TerritoryOption> Territories { get; private set; } = [];
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    public string? WithdrawLink { get; private set; }
    public bool Shared { get; private set; }

    [BindProperty] public OrganisationInput Input { get; set; } = new();
    [BindProperty] public bool PrivacyConsent { get; set; }
    [BindProperty] public bool ShareContact { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var invitation = await links.FindUsableAsync(token, cancellationToken);
        if (invitation is null) return NotFound();
        if (invitation.Organisation is { } o) Input = OrganisationInput.From(o);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var invitation = await links.FindUsableAsync(token, cancellationToken);
        if (invitation is null) return NotFound();
        var errors = (await cards.CheckAsync(invitation.OrganisationId, Input, cancellationToken)).ToList();
        if (!PrivacyConsent) errors.Insert(0, new FieldError("PrivacyConsent", messages["Join.PrivacyRequired"]));
        if (errors.Count > 0)
        {
            Errors = errors;
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = today.Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Another post of the same link may have used it since it was found usable: the same answer as a used link.
        if (!await links.ClaimAsync(invitation.Id, now, cancellationToken)) return NotFound();
        var organisation = cards.Apply(invitation.Organisation, Input);
        organisation.JoinedAt = now;
        organisation.ShareContact = ShareContact;
        organisation.ShareContactAt = ShareContact ? now : null;
        var withdraw = MembershipLinks.NewWithdrawToken(organisation);
        invitation.Organisation = organisation;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Shared = ShareContact;
        WithdrawLink = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/adhesion/retrait/{withdraw}";
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Territories = await db.Territories.AsNoTracking().OrderBy(t => t.Level).ThenBy(t => t.Name)
            .Select(t => new EditModel.TerritoryOption(t.Code, t.Name)).ToListAsync(cancellationToken);
}
