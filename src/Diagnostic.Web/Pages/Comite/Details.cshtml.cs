using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>A comité: its voter types, members, years and the collectes of its territory. Organisatrices edit it.</summary>
public sealed class DetailsModel(DiagnosticDbContext db, ComiteAccess access, ComiteEditor editor)
    : PageModel
{
    public sealed record MemberRow(int Id, string DisplayName, string Organisation, string VoterType);

    public sealed record CycleRow(int Id, string YearLabel, bool Closed);

    public sealed record CollecteRow(string Code, string Name, string Status);

    public Data.Entities.Comite? Comite { get; private set; }
    public IReadOnlyList<ComiteVoterType> VoterTypes { get; private set; } = [];
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<CycleRow> Cycles { get; private set; } = [];
    public IReadOnlyList<CollecteRow> Collectes { get; private set; } = [];
    public bool IsOrganizer => ComiteAccess.IsOrganizer(User);
    public string? Error { get; private set; }

    [BindProperty] public string? YearLabel { get; set; }
    [BindProperty] public string? VoterTypeCode { get; set; }
    [BindProperty] public string? VoterTypeName { get; set; }
    [BindProperty] public string? MemberEmail { get; set; }
    [BindProperty] public string? MemberName { get; set; }
    [BindProperty] public string? MemberOrganisation { get; set; }
    [BindProperty] public int MemberVoterTypeId { get; set; }

    public async Task<IActionResult> OnGetAsync(int comiteId, CancellationToken cancellationToken) =>
        await LoadAsync(comiteId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostCycleAsync(int comiteId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, () => editor.AddCycleAsync(comiteId, YearLabel, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostVoterTypeAsync(int comiteId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, () => editor.AddVoterTypeAsync(comiteId, VoterTypeCode, VoterTypeName, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMemberAsync(int comiteId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, () => editor.AddMemberAsync(
            comiteId, MemberEmail, MemberName, MemberOrganisation, MemberVoterTypeId, cancellationToken), cancellationToken);

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
        VoterTypes = await db.ComiteVoterTypes.AsNoTracking().Where(t => t.ComiteId == comiteId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        Members = await db.ComiteMembers.AsNoTracking().Where(m => m.ComiteId == comiteId).OrderBy(m => m.DisplayName)
            .Select(m => new MemberRow(m.Id, m.DisplayName, m.OrganisationName, m.VoterType!.Name)).ToListAsync(cancellationToken);
        Cycles = await db.ComiteCycles.AsNoTracking().Where(c => c.ComiteId == comiteId).OrderByDescending(c => c.YearLabel)
            .Select(c => new CycleRow(c.Id, c.YearLabel, c.Status == ComiteCycleStatus.Closed)).ToListAsync(cancellationToken);
        var territoryId = Comite.TerritoryId;
        Collectes = await db.Collectes.AsNoTracking()
            .Where(s => s.TerritoryId == territoryId || s.Territory!.ParentId == territoryId)
            .OrderByDescending(s => s.Id)
            .Select(s => new CollecteRow(s.PublicCode, s.Name, s.Status.ToString())).ToListAsync(cancellationToken);
        return true;
    }
}
