using Diagnostic.Web.Pages.Comite.Rounds;
using System.Globalization;
using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Cycles;

/// <summary>A comité year: its séances and their voting rounds; an organisatrice adds séances, opens rounds, closes the year.</summary>
public sealed class CycleModel(DiagnosticDbContext db, ComiteAccess access, AuditLog audit, TimeProvider clock, IStringLocalizer<ComiteText> strings) : PageModel
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

    public async Task<IActionResult> OnGetAsync(int cycleId, CancellationToken cancellationToken) =>
        await LoadAsync(cycleId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSeanceAsync(int cycleId, CancellationToken cancellationToken) =>
        ManageAsync(cycleId, () =>
        {
            var title = SeanceTitle?.Trim() ?? "";
            if (!DateOnly.TryParseExact(SeanceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || title.Length == 0)
                return Task.FromResult<string?>(strings["Cycle.SeanceInvalid"]);
            db.Seances.Add(new Seance { CycleId = cycleId, Date = date, Kind = SeanceKind, Title = title });
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    public async Task<IActionResult> OnPostRoundAsync(int cycleId, CancellationToken cancellationToken)
    {
        VotingRound? opened = null;
        var result = await ManageAsync(cycleId, async () =>
        {
            if (!await db.Seances.AnyAsync(s => s.Id == Round.SeanceId && s.CycleId == cycleId, cancellationToken))
                return strings["Cycle.RoundSeanceMissing"];
            var candidates = await db.CandidateTargets.Where(c => c.CycleId == cycleId).Select(c => c.Id).ToListAsync(cancellationToken);
            if (candidates.Count == 0) return strings["Cycle.RoundNoCandidate"];
            var problem = Round.Problem(strings);
            if (problem is not null) return problem;
            opened = Round.ToRound(candidates, clock.GetUtcNow());
            db.VotingRounds.Add(opened);
            return null;
        }, cancellationToken);
        // The round's id exists only once ManageAsync has saved it.
        if (opened is { Id: > 0 })
            await audit.RecordAsync(User, AuditActions.ComiteRoundOpened, AuditTarget.Round(opened.Id), RoundModel.RoundDetails(opened), cancellationToken);
        return result;
    }

    public async Task<IActionResult> OnPostCloseAsync(int cycleId, CancellationToken cancellationToken)
    {
        var scope = await access.CycleAsync(User, cycleId, cancellationToken);
        if (scope is null) return NotFound();
        if (!scope.IsOrganizer) return Forbid();
        scope.Cycle.Status = ComiteCycleStatus.Closed;
        scope.Cycle.ClosedAt = clock.GetUtcNow();
        var closedRounds = await db.VotingRounds.Where(r => r.Seance!.CycleId == cycleId && r.Status == VotingRoundStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, VotingRoundStatus.Closed), cancellationToken);
        audit.Add(AuditActor.From(User), AuditActions.ComiteCycleClosed, AuditTarget.Cycle(cycleId),
            "open-rounds-closed=" + closedRounds.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { cycleId });
    }

    private async Task<IActionResult> ManageAsync(int cycleId, Func<Task<string?>> edit, CancellationToken cancellationToken)
    {
        var scope = await access.CycleAsync(User, cycleId, cancellationToken);
        if (scope is null) return NotFound();
        if (!scope.IsOrganizer) return Forbid();
        Error = await edit();
        if (Error is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToPage(new { cycleId });
        }
        db.ChangeTracker.Clear();
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
        return true;
    }
}
