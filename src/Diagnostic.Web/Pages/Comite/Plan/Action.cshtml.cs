using Diagnostic.Web.Pages.Comite;
using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>
/// Adds or edits an action, a partner's commitment or a progress entry. Refused, with nothing changed:
/// any change to a closed year, a due date before the start, starting an action without a commitment.
/// </summary>
public sealed class ActionModel(
    DiagnosticDbContext db, ComiteAccess scope, PlanEditor editor, IStringLocalizer<PlanText> planText,
    Organisations.OrganisationResolver organisations) : PageModel
{
    [BindProperty] public ActionInput Input { get; set; } = new();
    [BindProperty] public CommitmentInput Commitment { get; set; } = new();
    [BindProperty] public ProgressInput Entry { get; set; } = new();

    public ComiteCycle Cycle { get; private set; } = null!;
    public PlanAction? Existing { get; private set; }
    public IReadOnlyList<ChosenTarget> Targets { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public int? TargetId { get; set; }

    public async Task<IActionResult> OnGetAsync(int cycleId, int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, id, cancellationToken))
            return NotFound();
        if (Existing is { } a)
            Input = new ActionInput
            {
                Title = a.Title, Objective = a.Objective, Means = a.Means, Activities = a.Activities, Resources = a.Resources,
                LeadOrganisation = a.LeadOrganisation, Start = a.StartDate, Due = a.DueDate, PeriodLabel = a.PeriodLabel,
                Status = a.Status, Outcome = a.Outcome, InternalNote = a.InternalNote,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int cycleId, int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, id, cancellationToken))
            return NotFound();
        var target = Targets.FirstOrDefault(t => t.Id == (Existing?.TargetId ?? TargetId));
        if (target is null)
            ModelState.AddModelError(nameof(TargetId), planText["Error.Target"]);
        if (string.IsNullOrWhiteSpace(Input.Title))
            ModelState.AddModelError("Input.Title", planText["Error.Title"]);
        var period = Period();
        var refusal = ActionStart.Refusal(Input.Status, Existing?.Commitments.Count ?? 0);
        if (refusal is not null)
            ModelState.AddModelError("Input.Status", planText["Error.NoCommitment"]);
        if (!ModelState.IsValid || period is null || target is null)
            return Page();
        var action = await editor.SaveActionAsync(target, Existing, Input, period, User, cancellationToken);
        return Redirect($"/comite/plan/{cycleId}#action-{action.Id}");
    }

    public async Task<IActionResult> OnPostCommitmentAsync(int cycleId, int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, id, cancellationToken) || Existing is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(Commitment.PartnerName))
            ModelState.AddModelError("Commitment.PartnerName", planText["Error.Partner"]);
        else if (Commitment.People.Trim().Length == 0 && Commitment.Money is null && Commitment.Space.Trim().Length == 0)
            ModelState.AddModelError("Commitment.People", planText["Error.CommitmentEmpty"]);
        else if (Commitment.Money is < 0)
            ModelState.AddModelError("Commitment.Money", planText["Error.Money"]);
        // The partner is a directory entry (created when new), refused when it does not work on the comité's territory.
        var (organisation, outside) = ModelState.IsValid
            ? await organisations.ForCommitmentAsync(Commitment.PartnerName, Cycle.Comite!.TerritoryId, cancellationToken)
            : (null, null);
        if (outside is not null)
            ModelState.AddModelError("Commitment.PartnerName", outside);
        if (!ModelState.IsValid)
            return Page();
        await editor.AddCommitmentAsync(Existing, Commitment, User, cancellationToken, organisation);
        return Redirect($"/comite/plan/{cycleId}/action/{id}");
    }

    public async Task<IActionResult> OnPostProgressAsync(int cycleId, int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, id, cancellationToken) || Existing is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(Entry.Text))
            ModelState.AddModelError("Entry.Text", planText["Error.ProgressText"]);
        if (!ModelState.IsValid)
            return Page();
        await editor.AddProgressAsync(Existing, Entry, User, cancellationToken);
        return Redirect($"/comite/plan/{cycleId}#action-{id}");
    }

    private async Task<bool> LoadAsync(int cycleId, int? id, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return false;
        Cycle = cycle;
        Targets = await db.ChosenTargets.Where(t => t.CycleId == cycleId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        if (id is null)
            return true;
        var ids = Targets.Select(t => t.Id).ToList();
        Existing = await db.Actions.Include(a => a.Commitments).Include(a => a.Progress)
            .FirstOrDefaultAsync(a => a.Id == id && ids.Contains(a.TargetId), cancellationToken);
        return Existing is not null;
    }

    private ActionPeriod? Period()
    {
        if (Input.Start is not { } start || Input.Due is not { } due)
        {
            ModelState.AddModelError("Input.Start", planText["Error.Dates"]);
            return null;
        }
        var (period, error) = ActionPeriod.Create(start, due, Input.PeriodLabel);
        if (error is not null)
            ModelState.AddModelError("Input.Due", planText["Error.DueBeforeStart", PlanFormat.Day(due), PlanFormat.Day(start)]);
        return period;
    }
}
