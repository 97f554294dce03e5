using Diagnostic.Web.Pages.Comite.Cycles;
using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Cibles;

/// <summary>The year's cibles prioritaires: the comité records them against the ranking; 3–5 advised.</summary>
public sealed class TargetsModel(DiagnosticDbContext db, ComiteAccess access, CibleRecorder decision, IStringLocalizer<ComiteText> strings)
    : PageModel
{
    public CycleScope Scope { get; private set; } = null!;
    public IReadOnlyList<ChosenTarget> Targets { get; private set; } = [];
    public IReadOnlyList<CandidateTarget> Candidates { get; private set; } = [];
    public IReadOnlyList<Seance> Seances { get; private set; } = [];
    public IReadOnlyList<int> Ranking { get; private set; } = [];
    public VotingRound? RankingRound { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The comité territory's neighbourhoods by code, ALL as the whole territory: names on screen, codes in the form.</summary>
    public IReadOnlyDictionary<string, string> Places { get; private set; } = new Dictionary<string, string>();

    /// <summary>Each target's indicator title, by target id.</summary>
    public IReadOnlyDictionary<int, string> IndicatorNames { get; private set; } = new Dictionary<int, string>();
    public bool CountAdvised => TargetCount.IsAdvised(Targets.Count);

    [BindProperty] public TargetForm Target { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int cycleId, CancellationToken cancellationToken) =>
        await LoadAsync(cycleId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, cancellationToken)) return NotFound();
        return File(TargetCsv.Write(Scope.Cycle, Targets, Candidates), "text/csv; charset=utf-8", $"cibles-{Scope.Cycle.YearLabel}.csv");
    }

    public async Task<IActionResult> OnPostAsync(int cycleId, CancellationToken cancellationToken)
    {
        var scope = await access.CycleAsync(User, cycleId, cancellationToken);
        if (scope is null) return NotFound();
        if (!scope.IsOrganizer && scope.Member is null) return Forbid();
        var errors = await decision.AddAsync(scope.Cycle, Target, strings, User, cancellationToken);
        if (errors.Count == 0) return RedirectToPage(new { cycleId });
        Errors = errors;
        await LoadAsync(cycleId, cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(int cycleId, CancellationToken cancellationToken)
    {
        var scope = await access.CycleAsync(User, cycleId, cancellationToken);
        if (scope is null) return false;
        Scope = scope;
        Targets = await db.ChosenTargets.AsNoTracking().Where(t => t.CycleId == cycleId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        Candidates = await db.CandidateTargets.AsNoTracking().Where(c => c.CycleId == cycleId).OrderBy(c => c.Order).ToListAsync(cancellationToken);
        Seances = await db.Seances.AsNoTracking().Where(s => s.CycleId == cycleId).OrderBy(s => s.Date).ToListAsync(cancellationToken);
        (Ranking, RankingRound) = await decision.RankingAsync(cycleId, cancellationToken);
        Places = await db.PlaceNamesAsync(scope.Cycle.Comite!.TerritoryId, strings["Candidates.WholeTerritory"], cancellationToken);
        IndicatorNames = await db.IndicatorNamesAsync(Targets, Localization.Languages.Current, cancellationToken);
        return true;
    }
}
