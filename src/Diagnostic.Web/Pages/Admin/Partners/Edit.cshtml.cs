using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Answer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>
/// One organisation's card in the directory: the organisatrice creates or corrects it, and creates the single-use link
/// she sends so the organisation fills in its membership form itself (the link is shown once).
/// </summary>
public sealed class EditModel(DiagnosticDbContext db, OrganisationCards cards, MembershipLinks links) : PageModel
{
    public sealed record TerritoryOption(string Code, string Name);

    public PartnerOrganisation? Organisation { get; private set; }
    public IReadOnlyList<TerritoryOption> Territories { get; private set; } = [];
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    public string? IssuedLink { get; private set; }

    [BindProperty] public OrganisationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Organisation is { } o) Input = OrganisationInput.From(o);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Errors = await cards.CheckAsync(id, Input, cancellationToken);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var saved = cards.Apply(Organisation, Input);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Index", null, null, "org-" + saved.Id);
    }

    public async Task<IActionResult> OnPostLinkAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Organisation is null) return NotFound();
        Input = OrganisationInput.From(Organisation);
        var token = await links.IssueAsync(id, cancellationToken);
        IssuedLink = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/adhesion/{token}";
        return Page();
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } existing)
        {
            Organisation = await db.PartnerOrganisations.SingleOrDefaultAsync(o => o.Id == existing, cancellationToken);
            if (Organisation is null) return false;
        }
        Territories = await db.Territories.AsNoTracking().OrderBy(t => t.Level).ThenBy(t => t.Name)
            .Select(t => new TerritoryOption(t.Code, t.Name)).ToListAsync(cancellationToken);
        return true;
    }
}
