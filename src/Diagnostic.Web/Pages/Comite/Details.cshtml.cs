using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>
/// A comité: its kind and mandate, current seats (the history and the seat forms are on the members page), voter types,
/// years with their séances, and the collectes of its territory. Organisatrices add years and voter types.
/// </summary>
public sealed class DetailsModel(DiagnosticDbContext db, ComiteAccess access, ComiteEditor editor, Today today)
    : PageModel
{
    public sealed record MemberRow(int Id, string DisplayName, string Organisation, string VoterType);

    public sealed record CycleRow(int Id, string YearLabel, bool Closed);

    public sealed record SeanceRow(int Id, string YearLabel, DateOnly Date, SeanceKind Kind, string Title);

    public sealed record CollecteRow(string Code, string Name, string Status);

    public Data.Entities.Comite? Comite { get; private set; }
    public IReadOnlyList<ComiteVoterType> VoterTypes { get; private set; } = [];
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<CycleRow> Cycles { get; private set; } = [];
    public IReadOnlyList<SeanceRow> Seances { get; private set; } = [];
    public IReadOnlyList<CollecteRow> Collectes { get; private set; } = [];
    public bool IsOrganizer => ComiteAccess.IsOrganizer(User);
    public string? Error { get; private set; }

    [BindProperty] public string? YearLabel { get; set; }
    [BindProperty] public string? VoterTypeCode { get; set; }
    [BindProperty] public string? VoterTypeName { get; set; }
    [BindProperty] public ComiteKind Kind { get; set; }
    [BindProperty] public string? Mandate { get; set; }

    public async Task<IActionResult> OnGetAsync(int comiteId, CancellationToken cancellationToken) =>
        await LoadAsync(comiteId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostCycleAsync(int comiteId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, () => editor.AddCycleAsync(comiteId, YearLabel, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostVoterTypeAsync(int comiteId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, () => editor.AddVoterTypeAsync(comiteId, VoterTypeCode, VoterTypeName, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMandateAsync(int comiteId, CancellationToken cancellationToken) =>
        // A kind that does not bind (« bogus ») reaches the editor as an undefined one, which it refuses with the reason.
        EditAsync(comiteId, () => editor.EditAsync(comiteId,
            ModelState.GetFieldValidationState(nameof(Kind)) == ModelValidationState.Invalid ? (ComiteKind)(-1) : Kind, Mandate, User, cancellationToken),
            cancellationToken);

    /// <summary>Runs an organisatrice's edit: refused for anyone else; a refusal shows the page again with its reason.</summary>
    private async Task<IActionResult> EditAsync(int comiteId, Func<Task<string?>> edit, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeComiteAsync(User, comiteId, cancellationToken)) return NotFound();
        if (!IsOrganizer) return Forbid();
        Error = await edit();
        if (Error is null) return RedirectToPage(new { comiteId });
        await LoadAsync(comiteId, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int comiteId, CancellationToken cancellationToken)
    {
        Comite = await access.Visible(User).AsNoTracking().Include(c => c.Territory).SingleOrDefaultAsync(c => c.Id == comiteId, cancellationToken);
        if (Comite is null) return false;
        // The form shows what is stored, unless its own refused post is shown again with what the person typed.
        if (!(HttpMethods.IsPost(Request.Method) && string.Equals(Request.Query["handler"], "Mandate", StringComparison.OrdinalIgnoreCase)))
            (Kind, Mandate) = (Comite.Kind, Comite.Mandate);
        var day = today.Date;
        VoterTypes = await db.ComiteVoterTypes.AsNoTracking().Where(t => t.ComiteId == comiteId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        Members = await db.ComiteMembers.AsNoTracking()
            .Where(m => m.ComiteId == comiteId && m.StartDate <= day && (m.EndDate == null || m.EndDate >= day)).OrderBy(m => m.DisplayName)
            .Select(m => new MemberRow(m.Id, m.DisplayName, m.Organisation != null ? m.Organisation.Name : m.OrganisationName, m.VoterType!.Name))
            .ToListAsync(cancellationToken);
        Cycles = await db.ComiteCycles.AsNoTracking().Where(c => c.ComiteId == comiteId).OrderByDescending(c => c.YearLabel)
            .Select(c => new CycleRow(c.Id, c.YearLabel, c.Status == ComiteCycleStatus.Closed)).ToListAsync(cancellationToken);
        Seances = await db.Seances.AsNoTracking().Where(s => s.Cycle!.ComiteId == comiteId).OrderByDescending(s => s.Date)
            .Select(s => new SeanceRow(s.Id, s.Cycle!.YearLabel, s.Date, s.Kind, s.Title)).ToListAsync(cancellationToken);
        var territoryId = Comite.TerritoryId;
        Collectes = await db.Collectes.AsNoTracking()
            .Where(s => s.TerritoryId == territoryId || s.Territory!.ParentId == territoryId)
            .OrderByDescending(s => s.Id)
            .Select(s => new CollecteRow(s.PublicCode, s.Name, s.Status.ToString())).ToListAsync(cancellationToken);
        return true;
    }
}
