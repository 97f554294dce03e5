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
/// Adds or edits an activité, a partner's commitment or a progress entry. Refused, with nothing changed: any change
/// to a closed year, a period that is not one, an activité outside its moyen's period, a number that leaves a gap,
/// starting an action without a commitment (or without citizens when the comité requires them).
/// </summary>
public sealed class ActionModel(
    DiagnosticDbContext db, ComiteAccess scope, PlanEditor editor, IStringLocalizer<PlanText> planText,
    Organisations.OrganisationResolver organisations, Organisations.OrganisationTerritory territories) : PageModel
{
    [BindProperty] public ActionInput Input { get; set; } = new();
    [BindProperty] public CommitmentInput Commitment { get; set; } = new();
    [BindProperty] public ProgressInput Entry { get; set; } = new();

    public ComiteCycle Cycle { get; private set; } = null!;
    public PlanAction? Existing { get; private set; }
    public IReadOnlyList<ChosenTarget> Targets { get; private set; } = [];
    public IReadOnlyList<PlanMeans> Means { get; private set; } = [];

    /// <summary>The porteurs one may choose: the démarche's organisations (and the current porteur, should it have moved away).</summary>
    public IReadOnlyList<PartnerOrganisation> Porteurs { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public int? TargetId { get; set; }

    public string MeansNumber(PlanMeans m) => PlanNumbering.Number(Targets.First(t => t.Id == m.TargetId).Order, m.Order);

    public async Task<IActionResult> OnGetAsync(int cycleId, int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, id, cancellationToken))
            return NotFound();
        if (Existing is { } a)
            Input = new ActionInput
            {
                Title = a.Title, Objective = a.Objective, Means = a.Means, Activities = a.Activities, Resources = a.Resources,
                LeadPartnerId = a.LeadPartnerId, Start = a.StartDate, Due = a.DueDate, PeriodLabel = a.PeriodLabel,
                Status = a.Status, Outcome = a.Outcome, InternalNote = a.InternalNote, PlanMeansId = a.PlanMeansId, Order = a.Order,
                RequiresCitizens = a.RequiresCitizens,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int cycleId, int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, id, cancellationToken))
            return NotFound();
        // An activité being edited stays under its moyen unless another is chosen.
        Input.PlanMeansId ??= Existing?.PlanMeansId;
        var means = Input.PlanMeansId is { } meansId ? Means.FirstOrDefault(m => m.Id == meansId) : null;
        var target = Targets.FirstOrDefault(t => t.Id == (means?.TargetId ?? Existing?.TargetId ?? TargetId));
        if (target is null || (Input.PlanMeansId is not null && means is null))
            ModelState.AddModelError(nameof(TargetId), planText["Error.Target"]);
        if (string.IsNullOrWhiteSpace(Input.Title))
            ModelState.AddModelError("Input.Title", planText["Error.Title"]);
        var (period, periodError) = PeriodInput.Read(Input.Start, Input.Due, Input.PeriodLabel, planText);
        if (periodError is not null)
            ModelState.AddModelError("Input.PeriodLabel", periodError);
        if (means is not null && target is not null)
            await CheckPlaceAsync(target, means, period, cancellationToken);
        CheckStart();
        CheckPorteur();
        if (!ModelState.IsValid || period is null || target is null)
            return Page();
        var action = await editor.SaveActionAsync(target, means, Existing, Input, period, User, cancellationToken);
        return Redirect($"/comite/plan/{cycleId}#action-{action.Id}");
    }

    public async Task<IActionResult> OnPostCommitmentAsync(int cycleId, int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cycleId, id, cancellationToken) || Existing is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(Commitment.PartnerName))
            ModelState.AddModelError("Commitment.PartnerName", planText["Error.Partner"]);
        else if (string.IsNullOrWhiteSpace(Commitment.People) && Commitment.Money is null && string.IsNullOrWhiteSpace(Commitment.Space))
            ModelState.AddModelError("Commitment.People", planText["Error.CommitmentEmpty"]);
        else if (Commitment.Money is < 0)
            ModelState.AddModelError("Commitment.Money", planText["Error.Money"]);
        // The partner is a directory entry (created when new), refused when it does not work on the comité's territory.
        var (organisation, outside) = ModelState.IsValid
            ? await organisations.ForCommitmentAsync(Commitment.PartnerName!, Cycle.Comite!.TerritoryId, cancellationToken)
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

    /// <summary>The activité fits in its moyen's period and takes a number with no gap under it.</summary>
    private async Task CheckPlaceAsync(ChosenTarget target, PlanMeans means, ActionPeriod? period, CancellationToken cancellationToken)
    {
        var number = PlanNumbering.Number(target.Order, means.Order);
        if (period is not null && (period.Start < means.StartDate || period.Due > means.DueDate))
            ModelState.AddModelError("Input.PeriodLabel", planText["Error.OutsideMeans", PeriodInput.Show(period), number,
                PeriodInput.Show(ActionPeriod.Of(means.StartDate, means.DueDate, means.PeriodLabel))]);
        var siblings = await db.Actions.CountAsync(a => a.PlanMeansId == means.Id && a.Id != (Existing == null ? 0 : Existing.Id), cancellationToken);
        if (Input.Order is { } asked && (asked < 1 || asked > siblings + 1))
            ModelState.AddModelError("Input.Order", planText["Error.NumberGap", number + "." + asked, number, number + "." + (siblings + 1)]);
    }

    /// <summary>A porteur outside the démarche (or an id that names no organisation) is refused, as a commitment is.</summary>
    private void CheckPorteur()
    {
        if (Input.LeadPartnerId is { } porteur && Porteurs.All(o => o.Id != porteur))
            ModelState.AddModelError("Input.LeadPartnerId", planText["Error.PorteurOutside", Cycle.Comite!.Territory?.Name ?? ""]);
    }

    private void CheckStart()
    {
        var commitments = Existing?.Commitments ?? [];
        var refusal = ActionStart.Refusal(Input.Status, commitments.Count, Input.RequiresCitizens, commitments.Count(c => c.ByCitizens));
        if (refusal is { } why)
            ModelState.AddModelError("Input.Status", planText[why == ActionStartRefusal.NoCitizens ? "Error.NoCitizens" : "Error.NoCommitment"]);
    }

    private async Task<bool> LoadAsync(int cycleId, int? id, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return false;
        Cycle = cycle;
        var porteurs = (await territories.ServingAsync(cycle.Comite!.TerritoryId, cancellationToken)).ToList();
        Targets = await db.ChosenTargets.Where(t => t.CycleId == cycleId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var ids = Targets.Select(t => t.Id).ToList();
        Means = (await db.PlanMeans.AsNoTracking().Where(m => ids.Contains(m.TargetId)).ToListAsync(cancellationToken))
            .OrderBy(m => Targets.First(t => t.Id == m.TargetId).Order).ThenBy(m => m.Order).ToList();
        Porteurs = porteurs;
        if (id is null)
            return true;
        Existing = await db.Actions.Include(a => a.Commitments).Include(a => a.Progress).Include(a => a.LeadPartner)
            .FirstOrDefaultAsync(a => a.Id == id && ids.Contains(a.TargetId), cancellationToken);
        if (Existing?.LeadPartner is { } current && porteurs.All(o => o.Id != current.Id)) porteurs.Insert(0, current);
        Porteurs = porteurs;
        return Existing is not null;
    }
}
