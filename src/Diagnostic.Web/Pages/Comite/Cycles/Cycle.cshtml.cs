using Diagnostic.Web.Pages.Comite.Rounds;
using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Cycles;

/// <summary>A comité year: its séances and their voting rounds; an organisatrice adds séances, opens rounds, closes the year.</summary>
public sealed class CycleModel(DiagnosticDbContext db, ComiteAccess access, CycleEditor editor) : PageModel
{
    public sealed record RoundRow(int Id, string Title, VotingRoundKind Kind, bool Open, int Ballots);

    public sealed record SeanceRow(int Id, DateOnly Date, SeanceKind Kind, string Title, IReadOnlyList<RoundRow> Rounds);

    public CycleScope Scope { get; private set; } = null!;
    public IReadOnlyList<SeanceRow> Seances { get; private set; } = [];
    public int CandidateCount { get; private set; }
    public int TargetCount { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public string? SeanceDate { get; set; }
    [BindProperty] public SeanceKind SeanceKind { get; set; }
    [BindProperty] public string? SeanceTitle { get; set; }
    [BindProperty] public RoundForm Round { get; set; } = new();
    [BindProperty] public int? FocusTerritoryId { get; set; }

    /// <summary>The communities of the comité's territory the year may focus on.</summary>
    public IReadOnlyList<(int Id, string Code, string Name)> Communities { get; private set; } = [];

    /// <summary>The territory's latest citizen collecte, whose portrait the focus community reads against.</summary>
    public string? LatestCollecteCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(int cycleId, CancellationToken cancellationToken) =>
        await LoadAsync(cycleId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSeanceAsync(int cycleId, CancellationToken cancellationToken) =>
        ManageAsync(cycleId, () => editor.AddSeanceAsync(cycleId, SeanceDate, SeanceKind, SeanceTitle, User, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRoundAsync(int cycleId, CancellationToken cancellationToken) =>
        ManageAsync(cycleId, () => editor.OpenRoundAsync(cycleId, Round, User, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostFocusAsync(int cycleId, CancellationToken cancellationToken) =>
        ManageAsync(cycleId, () => editor.SetFocusAsync(cycleId, FocusTerritoryId, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostCloseAsync(int cycleId, CancellationToken cancellationToken)
    {
        var scope = await access.CycleAsync(User, cycleId, cancellationToken);
        if (scope is null) return NotFound();
        if (!scope.IsOrganizer) return Forbid();
        await editor.CloseAsync(scope.Cycle, User, cancellationToken);
        return RedirectToPage(new { cycleId });
    }

    /// <summary>Organisatrices only; a refusal shows the page again with its reason.</summary>
    private async Task<IActionResult> ManageAsync(int cycleId, Func<Task<string?>> edit, CancellationToken cancellationToken)
    {
        var scope = await access.CycleAsync(User, cycleId, cancellationToken);
        if (scope is null) return NotFound();
        if (!scope.IsOrganizer) return Forbid();
        Error = await edit();
        if (Error is null) return RedirectToPage(new { cycleId });
        await LoadAsync(cycleId, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int cycleId, CancellationToken cancellationToken)
    {
        var scope = await access.CycleAsync(User, cycleId, cancellationToken);
        if (scope is null) return false;
        Scope = scope;
        var seances = await db.Seances.AsNoTracking().Where(s => s.CycleId == cycleId).OrderBy(s => s.Date)
            .Select(s => new { s.Id, s.Date, s.Kind, s.Title }).ToListAsync(cancellationToken);
        var rounds = await db.VotingRounds.AsNoTracking().Where(r => r.Seance!.CycleId == cycleId).OrderBy(r => r.Id)
            .Select(r => new { r.SeanceId, Row = new RoundRow(r.Id, r.Title, r.Kind, r.Status == VotingRoundStatus.Open, r.Ballots.Count) })
            .ToListAsync(cancellationToken);
        Seances = seances.Select(s => new SeanceRow(s.Id, s.Date, s.Kind, s.Title,
            rounds.Where(r => r.SeanceId == s.Id).Select(r => r.Row).ToList())).ToList();
        CandidateCount = await db.CandidateTargets.CountAsync(c => c.CycleId == cycleId, cancellationToken);
        TargetCount = await db.ChosenTargets.CountAsync(c => c.CycleId == cycleId, cancellationToken);
        var territoryId = scope.Cycle.Comite!.TerritoryId;
        Communities = (await db.Territories.AsNoTracking().Where(t => t.ParentId == territoryId).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Code, t.Name }).ToListAsync(cancellationToken)).Select(t => (t.Id, t.Code, t.Name)).ToList();
        // SQLite cannot order by DateTimeOffset; a territory has few collectes.
        LatestCollecteCode = (await db.Collectes.AsNoTracking()
                .Where(c => c.TerritoryId == territoryId && c.Audience == Diagnostic.Core.Questionnaires.Audience.Citizen).ToListAsync(cancellationToken))
            .OrderBy(c => c.OpensAt).ThenBy(c => c.Id).LastOrDefault()?.PublicCode;
        return true;
    }
}
