using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>A comité: its voter types, members, years and the collectes of its territory. Organisatrices edit it.</summary>
public sealed class DetailsModel(DiagnosticDbContext db, ComiteAccess access, MemberDirectory directory, IStringLocalizer<ComiteText> strings)
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
        EditAsync(comiteId, async () =>
        {
            var label = YearLabel?.Trim() ?? "";
            if (!CycleYear.IsValid(label)) return strings["Details.YearInvalid"];
            if (await db.ComiteCycles.AnyAsync(c => c.ComiteId == comiteId && c.YearLabel == label, cancellationToken))
                return strings["Details.YearExists"];
            db.ComiteCycles.Add(new ComiteCycle { ComiteId = comiteId, YearLabel = label, Status = ComiteCycleStatus.Open });
            return null;
        }, cancellationToken);

    public Task<IActionResult> OnPostVoterTypeAsync(int comiteId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, async () =>
        {
            var code = VoterTypeCode?.Trim().ToLowerInvariant() ?? "";
            var name = VoterTypeName?.Trim() ?? "";
            if (code.Length == 0 || name.Length == 0) return strings["Details.VoterTypeInvalid"];
            if (await db.ComiteVoterTypes.AnyAsync(t => t.ComiteId == comiteId && t.Code == code, cancellationToken))
                return strings["Details.VoterTypeExists"];
            var order = await db.ComiteVoterTypes.Where(t => t.ComiteId == comiteId).MaxAsync(t => (int?)t.Order, cancellationToken) ?? 0;
            db.ComiteVoterTypes.Add(new ComiteVoterType { ComiteId = comiteId, Code = code, Name = name, Order = order + 1 });
            return null;
        }, cancellationToken);

    public Task<IActionResult> OnPostMemberAsync(int comiteId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, async () =>
        {
            var userId = await directory.FindCommitteeUserAsync(MemberEmail, cancellationToken);
            if (userId is null) return strings["Details.MemberUnknown"];
            if (!await db.ComiteVoterTypes.AnyAsync(t => t.ComiteId == comiteId && t.Id == MemberVoterTypeId, cancellationToken))
                return strings["Details.VoterTypeInvalid"];
            if (await db.ComiteMembers.AnyAsync(m => m.ComiteId == comiteId && m.UserId == userId, cancellationToken))
                return strings["Details.MemberExists"];
            db.ComiteMembers.Add(new ComiteMember
            {
                ComiteId = comiteId,
                UserId = userId,
                DisplayName = string.IsNullOrWhiteSpace(MemberName) ? MemberEmail!.Trim() : MemberName.Trim(),
                OrganisationName = MemberOrganisation?.Trim() ?? "",
                VoterTypeId = MemberVoterTypeId,
            });
            return null;
        }, cancellationToken);

    /// <summary>Runs an organisatrice's edit: refused for anyone else, saved only when the edit returns no error.</summary>
    private async Task<IActionResult> EditAsync(int comiteId, Func<Task<string?>> edit, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeComiteAsync(User, comiteId, cancellationToken)) return NotFound();
        if (!IsOrganizer) return Forbid();
        Error = await edit();
        if (Error is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToPage(new { comiteId });
        }
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
