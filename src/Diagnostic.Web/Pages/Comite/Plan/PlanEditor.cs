using System.Security.Claims;
using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>
/// Writes the action plan once the page has checked the form: an action (new ones after the target's others), a
/// partner's commitment, a dated progress entry. Each write is audited with ids and a status, never the texts.
/// </summary>
public sealed class PlanEditor(DiagnosticDbContext db, AuditLog audit, TimeProvider clock, Organisations.OrganisationResolver organisations)
{
    public async Task<PlanAction> SaveActionAsync(
        ChosenTarget target, PlanAction? existing, ActionInput input, ActionPeriod period, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var action = existing ?? db.Actions.Add(new PlanAction
        {
            Title = "", TargetId = target.Id,
            Order = 1 + await db.Actions.Where(a => a.TargetId == target.Id).Select(a => (int?)a.Order).MaxAsync(cancellationToken) ?? 1,
        }).Entity;
        action.Title = input.Title.Trim();
        action.Objective = input.Objective.Trim();
        action.Means = input.Means.Trim();
        action.Activities = input.Activities.Trim();
        action.Resources = input.Resources.Trim();
        action.LeadOrganisation = input.LeadOrganisation.Trim();
        var territoryId = await db.ComiteCycles.Where(c => c.Id == target.CycleId).Select(c => c.Comite!.TerritoryId).SingleAsync(cancellationToken);
        action.LeadPartner = await organisations.FindOrCreateAsync(action.LeadOrganisation, territoryId, cancellationToken);
        action.StartDate = period.Start;
        action.DueDate = period.Due;
        action.PeriodLabel = period.Label;
        action.Status = input.Status;
        action.Outcome = input.Outcome.Trim();
        action.InternalNote = input.InternalNote.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user, PlanAuditActions.ActionSaved, new AuditTarget("action", action.Id.ToString()), "status=" + action.Status, cancellationToken);
        return action;
    }

    public async Task AddCommitmentAsync(
        PlanAction action, CommitmentInput input, ClaimsPrincipal user, CancellationToken cancellationToken, PartnerOrganisation? organisation = null)
    {
        action.Commitments.Add(new ActionCommitment
        {
            PartnerName = input.PartnerName.Trim(), Organisation = organisation, People = input.People.Trim(), Money = input.Money, Space = input.Space.Trim(),
        });
        audit.Add(AuditActor.From(user), PlanAuditActions.CommitmentAdded, new AuditTarget("action", action.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Dated by the person (today when left empty), signed with her name, time-stamped by the server.</summary>
    public async Task AddProgressAsync(PlanAction action, ProgressInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        action.Progress.Add(new ActionProgress
        {
            Date = input.Date ?? DateOnly.FromDateTime(now.UtcDateTime), Text = input.Text.Trim(), Author = user.Identity?.Name ?? "", RecordedAt = now,
        });
        audit.Add(AuditActor.From(user), PlanAuditActions.ProgressAdded, new AuditTarget("action", action.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
