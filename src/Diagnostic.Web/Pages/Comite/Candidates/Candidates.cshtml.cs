using Diagnostic.Web.Pages.Comite.Cycles;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Candidates;

/// <summary>The year's candidate targets: imported from a collecte's ranked portrait, or enjeux named at a forum.</summary>
public sealed class CandidatesModel(
    DiagnosticDbContext db, ComiteAccess access, CandidateImport import, IStringLocalizer<ComiteText> strings) : PageModel
{
    public sealed record CollecteOption(int Id, string Name, IReadOnlyList<string> Neighbourhoods);

    public CycleScope Scope { get; private set; } = null!;
    public IReadOnlyList<CandidateTarget> Candidates { get; private set; } = [];
    public IReadOnlyList<CollecteOption> Collectes { get; private set; } = [];
    public IReadOnlyList<Seance> Seances { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    /// <summary>The comité territory's neighbourhoods by code, ALL as the whole territory: names on screen, codes in the form.</summary>
    public IReadOnlyDictionary<string, string> Places { get; private set; } = new Dictionary<string, string>();

    [BindProperty] public int CollecteId { get; set; }
    [BindProperty] public Audience Audience { get; set; }
    [BindProperty] public string Neighbourhood { get; set; } = PortraitRow.AllNeighbourhoods;
    [BindProperty] public string? Wording { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public int? SeanceId { get; set; }

    public async Task<IActionResult> OnGetAsync(int cycleId, CancellationToken cancellationToken) =>
        await LoadAsync(cycleId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostImportAsync(int cycleId, CancellationToken cancellationToken)
    {
        var scope = await access.CycleAsync(User, cycleId, cancellationToken);
        if (scope is null) return NotFound();
        if (!scope.IsOrganizer) return Forbid();
        if (!await TerritoryCollectes(scope).AnyAsync(s => s.Id == CollecteId, cancellationToken))
            return await RefuseAsync(cycleId, strings["Candidates.CollecteUnknown"], cancellationToken);
        var added = await import.ImportAsync(scope.Cycle, CollecteId, Audience, Neighbourhood.Trim(), Languages.Current, cancellationToken);
        if (added is null) return await RefuseAsync(cycleId, strings["Candidates.NoPortrait"], cancellationToken);
        return RedirectToPage(new { cycleId, added });
    }

    public async Task<IActionResult> OnPostEnjeuAsync(int cycleId, CancellationToken cancellationToken)
    {
        var scope = await access.CycleAsync(User, cycleId, cancellationToken);
        if (scope is null) return NotFound();
        if (!scope.IsOrganizer) return Forbid();
        if (await import.AddEnjeuAsync(cycleId, Wording, Description, SeanceId, strings, cancellationToken) is { } refusal)
            return await RefuseAsync(cycleId, refusal, cancellationToken);
        return RedirectToPage(new { cycleId });
    }

    private async Task<IActionResult> RefuseAsync(int cycleId, string error, CancellationToken cancellationToken)
    {
        Error = error;
        await LoadAsync(cycleId, cancellationToken);
        return Page();
    }

    private IQueryable<Collecte> TerritoryCollectes(CycleScope scope)
    {
        var territoryId = scope.Cycle.Comite!.TerritoryId;
        return db.Collectes.AsNoTracking().Where(s => s.TerritoryId == territoryId || s.Territory!.ParentId == territoryId);
    }

    private async Task<bool> LoadAsync(int cycleId, CancellationToken cancellationToken)
    {
        var scope = await access.CycleAsync(User, cycleId, cancellationToken);
        if (scope is null) return false;
        Scope = scope;
        if (int.TryParse(Request.Query["added"], out var added)) Notice = strings["Candidates.Imported", added];
        Candidates = await db.CandidateTargets.AsNoTracking().Where(c => c.CycleId == cycleId).OrderBy(c => c.Order).ToListAsync(cancellationToken);
        Seances = await db.Seances.AsNoTracking().Where(s => s.CycleId == cycleId).OrderBy(s => s.Date).ToListAsync(cancellationToken);
        var collectes = await TerritoryCollectes(scope).OrderByDescending(s => s.Id)
            .Select(s => new { s.Id, s.Name, Codes = s.Neighbourhoods.Select(n => n.Territory!.Code).ToList() })
            .ToListAsync(cancellationToken);
        Collectes = collectes.Select(c => new CollecteOption(c.Id, c.Name, [PortraitRow.AllNeighbourhoods, .. c.Codes.Order()])).ToList();
        Places = await db.PlaceNamesAsync(scope.Cycle.Comite!.TerritoryId, strings["Candidates.WholeTerritory"], cancellationToken);
        return true;
    }
}
