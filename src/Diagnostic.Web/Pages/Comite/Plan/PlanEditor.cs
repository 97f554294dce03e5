using System.Security.Claims;
using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>
/// Writes the action plan once the page has checked the form: a moyen, an activité (new ones after the moyen's others),
/// a partner's commitment, a dated progress entry. Each write is audited with ids and a status, never the texts.
/// </summary>
public sealed class PlanEditor(DiagnosticDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// An activité under its moyen; without one, a moyen of its own is created from its « moyens » text (or its title),
    /// as the migration did for older actions, so every activité has a number 1.1.1.
    /// </summary>
    public async Task<PlanAction> SaveActionAsync(
        ChosenTarget target, PlanMeans? means, PlanAction? existing, ActionInput input, ActionPeriod period, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        means ??= await OwnMeansAsync(target, input, period, cancellationToken);
        var action = existing ?? db.Actions.Add(new PlanAction { Title = "", TargetId = target.Id }).Entity;
        // The target is the moyen's cible, and the moyen may be one of another cible: the plan lists an activité under
        // its TargetId, so a moved one must follow its moyen. Set through the navigation too, which the edit page loaded.
        action.Target = target;
        action.TargetId = target.Id;
        var siblings = await db.Actions.Where(a => a.PlanMeansId == means.Id && a.Id != action.Id).ToListAsync(cancellationToken);
        // A moyen read for the form is not tracked: link it by id, so it is not inserted again.
        if (means.Id == 0) action.PlanMeans = means;
        else action.PlanMeansId = means.Id;
        action.Order = Place(siblings, input.Order, x => x.Order, (x, o) => x.Order = o);
        action.Title = Trimmed(input.Title);
        action.Objective = Trimmed(input.Objective);
        action.Means = Trimmed(input.Means);
        action.Activities = Trimmed(input.Activities);
        action.Resources = Trimmed(input.Resources);
        // The page checked the porteur is one of the démarche's organisations; its name is kept beside it as written then.
        // Set through the navigation: the edit page loaded the former porteur, which would otherwise win over a new id.
        var porteur = input.LeadPartnerId is { } porteurId ? await db.PartnerOrganisations.SingleAsync(o => o.Id == porteurId, cancellationToken) : null;
        action.LeadPartner = porteur;
        action.LeadPartnerId = porteur?.Id;
        action.LeadOrganisation = porteur?.Name ?? "";
        action.StartDate = period.Start;
        action.DueDate = period.Due;
        action.PeriodLabel = period.Label;
        action.Status = input.Status;
        action.RequiresCitizens = input.RequiresCitizens;
        action.Outcome = Trimmed(input.Outcome);
        action.InternalNote = Trimmed(input.InternalNote);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user, AuditActions.PlanActionSaved, new AuditTarget("action", action.Id.ToString()), "status=" + action.Status, cancellationToken);
        return action;
    }

    public async Task<PlanMeans> SaveMeansAsync(
        ChosenTarget target, PlanMeans? existing, MeansInput input, ActionPeriod period, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var means = existing ?? db.PlanMeans.Add(new PlanMeans { Wording = "", TargetId = target.Id }).Entity;
        var siblings = await db.PlanMeans.Where(m => m.TargetId == target.Id && m.Id != means.Id).ToListAsync(cancellationToken);
        means.Order = Place(siblings, input.Order, x => x.Order, (x, o) => x.Order = o);
        means.Wording = Trimmed(input.Wording);
        means.StartDate = period.Start;
        means.DueDate = period.Due;
        means.PeriodLabel = period.Label;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user, AuditActions.PlanMeansSaved, new AuditTarget("moyen", means.Id.ToString()), null, cancellationToken);
        return means;
    }

    public async Task AddCommitmentAsync(
        PlanAction action, CommitmentInput input, ClaimsPrincipal user, CancellationToken cancellationToken, PartnerOrganisation? organisation = null)
    {
        action.Commitments.Add(new ActionCommitment
        {
            PartnerName = Trimmed(input.PartnerName), Organisation = organisation, People = Trimmed(input.People), Money = input.Money, Space = Trimmed(input.Space),
            ByCitizens = input.ByCitizens,
        });
        audit.Add(AuditActor.From(user), AuditActions.PlanCommitmentAdded, new AuditTarget("action", action.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Dated by the person (today when left empty), signed with her name, time-stamped by the server.</summary>
    public async Task AddProgressAsync(PlanAction action, ProgressInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        action.Progress.Add(new ActionProgress
        {
            Date = input.Date ?? DateOnly.FromDateTime(now.UtcDateTime), Text = Trimmed(input.Text), Author = user.Identity?.Name ?? "", RecordedAt = now,
        });
        audit.Add(AuditActor.From(user), AuditActions.PlanProgressAdded, new AuditTarget("action", action.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<PlanMeans> OwnMeansAsync(ChosenTarget target, ActionInput input, ActionPeriod period, CancellationToken cancellationToken)
    {
        var orders = await db.PlanMeans.Where(m => m.TargetId == target.Id).Select(m => m.Order).ToListAsync(cancellationToken);
        var wording = Trimmed(input.Means) is { Length: > 0 } means ? means : Trimmed(input.Title);
        return db.PlanMeans.Add(new PlanMeans
        {
            TargetId = target.Id, Order = PlanNumbering.Next(orders), Wording = wording,
            StartDate = period.Start, DueDate = period.Due, PeriodLabel = period.Label,
        }).Entity;
    }

    /// <summary>A posted text as stored: trimmed, "" for a field left empty (which binds as null).</summary>
    private static string Trimmed(string? posted) => posted?.Trim() ?? "";

    /// <summary>
    /// The number an item takes among its siblings: the one asked for (the page refused a gap already), the ones from it
    /// on moving down by one; the next one when none is asked. Siblings are renumbered 1, 2, 3… first, so no gap stays.
    /// </summary>
    private static int Place<T>(List<T> siblings, int? asked, Func<T, int> order, Action<T, int> setOrder)
    {
        var sorted = siblings.OrderBy(order).ToList();
        var number = asked ?? sorted.Count + 1;
        for (var i = 0; i < sorted.Count; i++)
            setOrder(sorted[i], i + 1 >= number ? i + 2 : i + 1);
        return number;
    }
}
