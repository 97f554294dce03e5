using Diagnostic.Web.Pages.Comite;
using Diagnostic.Core.Charts;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>The year's plan objectif → moyens → activités with partners and status, the échéancier, and its adoptions.</summary>
public sealed class IndexModel(DiagnosticDbContext db, ComiteAccess scope, PlanReader reader, PlanAdopter adopter, TimeProvider clock) : PageModel
{
    public sealed record SeanceChoice(int Id, DateOnly Date, string Title);

    public sealed record AdoptionRow(int Version, DateOnly AdoptedOn, string SeanceTitle);

    public ComiteCycle Cycle { get; private set; } = null!;
    public IReadOnlyList<PlanTarget> Plan { get; private set; } = [];
    public ScheduleChart Schedule { get; private set; } = null!;
    public IReadOnlyList<SeanceChoice> Seances { get; private set; } = [];
    public IReadOnlyList<AdoptionRow> Adoptions { get; private set; } = [];
    public string? Error { get; private set; }
    [BindProperty] public int SeanceId { get; set; }

    public async Task<IActionResult> OnGetAsync(int cycleId, CancellationToken cancellationToken) =>
        await LoadAsync(cycleId, cancellationToken) ? Page() : NotFound();

    /// <summary>Organisatrices record the adoption; the comité decided it in the séance.</summary>
    public async Task<IActionResult> OnPostAdoptAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, cancellationToken)) return NotFound();
        if (!ComiteAccess.IsOrganizer(User)) return Forbid();
        Error = await adopter.AdoptAsync(cycleId, SeanceId, User, cancellationToken);
        if (Error is not null) return Page();
        return Redirect($"/comite/plan/{cycleId}#adoption");
    }

    private async Task<bool> LoadAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return false;
        Cycle = cycle;
        Plan = await reader.ReadAsync(cycleId, cancellationToken);
        Schedule = PlanReader.Schedule(cycle, Plan, DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            ScheduleChartLanguage.For(System.Globalization.CultureInfo.CurrentUICulture));
        Seances = await db.Seances.AsNoTracking().Where(s => s.CycleId == cycleId).OrderBy(s => s.Date)
            .Select(s => new SeanceChoice(s.Id, s.Date, s.Title)).ToListAsync(cancellationToken);
        Adoptions = await db.PlanAdoptions.AsNoTracking().Where(a => a.CycleId == cycleId).OrderBy(a => a.Version)
            .Select(a => new AdoptionRow(a.Version, a.AdoptedOn, a.Seance!.Title)).ToListAsync(cancellationToken);
        return true;
    }
}
