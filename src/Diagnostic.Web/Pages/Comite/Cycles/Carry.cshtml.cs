using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite.Cycles;

/// <summary>
/// Opening a year: what the year before leaves to carry (cibles kept or adjusted, unfinished activités), each to
/// confirm, edit or drop. The organisatrice records the comité's choice; anyone on the comité may read it.
/// </summary>
public sealed class CarryModel(ComiteAccess access, CarryProposals proposals, CarryForward carry) : PageModel
{
    public CycleScope Scope { get; private set; } = null!;
    public CarryProposals.Proposals Offered { get; private set; } = null!;
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    [BindProperty] public List<CarriedTargetInput> Targets { get; set; } = [];
    [BindProperty] public List<CarriedActionInput> Actions { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (await access.CycleAsync(User, cycleId, cancellationToken) is not { } scope) return NotFound();
        Scope = scope;
        Offered = await proposals.ReadAsync(scope.Cycle, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (await access.CycleAsync(User, cycleId, cancellationToken) is not { } scope) return NotFound();
        if (!scope.IsOrganizer) return Forbid();
        Scope = scope;
        Errors = await carry.ConfirmAsync(scope.Cycle, Targets, Actions, User, cancellationToken);
        if (Errors.Count == 0) return Redirect($"/comite/plan/{cycleId}");
        Offered = await proposals.ReadAsync(scope.Cycle, cancellationToken);
        return Page();
    }

    /// <summary>What the form shows for a cible: what was posted after a refusal, the original otherwise.</summary>
    public CarriedTargetInput Posted(CarryProposals.TargetProposal p) =>
        Targets.FirstOrDefault(t => t.FromId == p.Target.Id) ?? new CarriedTargetInput { FromId = p.Target.Id, Keep = true, Wording = p.Target.Wording };

    public CarriedActionInput Posted(CarryProposals.ActionProposal p) =>
        Actions.FirstOrDefault(a => a.FromId == p.Action.Id) ?? new CarriedActionInput { FromId = p.Action.Id, Keep = true, Title = p.Action.Title };
}
