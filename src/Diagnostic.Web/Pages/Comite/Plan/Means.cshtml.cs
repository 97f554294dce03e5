using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>
/// Adds or edits a moyen under an objectif (a cible). Refused, nothing changed: a number that leaves a gap, a period
/// that is not one, a period that no longer holds one of its activités.
/// </summary>
public sealed class MeansModel(DiagnosticDbContext db, ComiteAccess scope, PlanEditor editor, IStringLocalizer<PlanText> planText) : PageModel
{
    [BindProperty] public MeansInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? TargetId { get; set; }
    public ComiteCycle Cycle { get; private set; } = null!;
    public PlanMeans? Existing { get; private set; }
    public IReadOnlyList<ChosenTarget> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int cycleId, int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, id, cancellationToken)) return NotFound();
        Input = Existing is { } m
            ? new MeansInput { TargetId = m.TargetId, Wording = m.Wording, Order = m.Order, Start = m.StartDate, Due = m.DueDate, PeriodLabel = m.PeriodLabel }
            : new MeansInput { TargetId = TargetId ?? 0 };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int cycleId, int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, id, cancellationToken)) return NotFound();
        var target = Targets.FirstOrDefault(t => t.Id == (Existing?.TargetId ?? Input.TargetId));
        if (target is null) ModelState.AddModelError("Input.TargetId", planText["Error.Target"]);
        if (string.IsNullOrWhiteSpace(Input.Wording)) ModelState.AddModelError("Input.Wording", planText["Error.MeansWording"]);
        var (period, periodError) = PeriodInput.Read(Input.Start, Input.Due, Input.PeriodLabel, planText);
        if (periodError is not null) ModelState.AddModelError("Input.PeriodLabel", periodError);
        if (target is not null)
            await CheckAsync(target, period, cancellationToken);
        if (!ModelState.IsValid || target is null || period is null) return Page();
        var means = await editor.SaveMeansAsync(target, Existing, Input, period, User, cancellationToken);
        return Redirect($"/comite/plan/{cycleId}#moyen-{means.Id}");
    }

    private async Task CheckAsync(ChosenTarget target, ActionPeriod? period, CancellationToken cancellationToken)
    {
        var existingId = Existing?.Id ?? 0;
        var siblings = await db.PlanMeans.CountAsync(m => m.TargetId == target.Id && m.Id != existingId, cancellationToken);
        var objective = PlanNumbering.Number(target.Order);
        if (Input.Order is { } asked && (asked < 1 || asked > siblings + 1))
            ModelState.AddModelError("Input.Order", planText["Error.MeansGap", objective + "." + asked, objective, objective + "." + (siblings + 1)]);
        if (Existing is null || period is null) return;
        var outside = await db.Actions.AsNoTracking().Where(a => a.PlanMeansId == existingId)
            .Where(a => a.StartDate < period.Start || a.DueDate > period.Due).OrderBy(a => a.Order).FirstOrDefaultAsync(cancellationToken);
        if (outside is not null)
            ModelState.AddModelError("Input.PeriodLabel", planText["Error.MeansTooShort",
                PlanNumbering.Number(target.Order, Existing.Order, outside.Order), PeriodInput.Show(outside.Period), PeriodInput.Show(period)]);
    }

    private async Task<bool> LoadAsync(int cycleId, int? id, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle) return false;
        Cycle = cycle;
        Targets = await db.ChosenTargets.Where(t => t.CycleId == cycleId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        if (id is null) return true;
        var ids = Targets.Select(t => t.Id).ToList();
        Existing = await db.PlanMeans.FirstOrDefaultAsync(m => m.Id == id && ids.Contains(m.TargetId), cancellationToken);
        return Existing is not null;
    }
}
