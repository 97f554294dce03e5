using System.Globalization;
using System.Security.Claims;
using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Cycles;

/// <summary>
/// Copies what the comité confirmed from the year before into this year, each copy linked to its original: a cible
/// with its indicator, baseline and baseline collecte (so the bilan still compares with the collecte that opened it),
/// an activité with its moyen, status, commitments and progress log. The year before is only read (a closed year is
/// never edited). All or nothing: any refusal changes nothing and says which item and why.
/// </summary>
public sealed class CarryForward(
    DiagnosticDbContext db, CarryProposals proposals, AuditLog audit, TimeProvider clock, IStringLocalizer<ComiteText> strings)
{
    public async Task<IReadOnlyList<(string Field, string Message)>> ConfirmAsync(
        ComiteCycle cycle, IReadOnlyList<CarriedTargetInput> targets, IReadOnlyList<CarriedActionInput> actions, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var offered = await proposals.ReadAsync(cycle, cancellationToken);
        var errors = new List<(string, string)>();
        var keptTargets = Kept(targets, offered, errors);
        var keptActions = KeptActions(actions, offered, keptTargets, await CopiesAsync(cycle, cancellationToken), errors);
        if (errors.Count > 0) return errors;
        var now = clock.GetUtcNow();
        var order = await db.ChosenTargets.Where(t => t.CycleId == cycle.Id).MaxAsync(t => (int?)t.Order, cancellationToken) ?? 0;
        var copies = await CopiesAsync(cycle, cancellationToken);
        foreach (var (proposal, input) in keptTargets)
            copies[proposal.Target.Id] = db.ChosenTargets.Add(CopyOf(proposal.Target, cycle, ++order, input, now)).Entity;
        await CopyActionsAsync(keptActions, copies, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user, AuditActions.CycleCarriedForward, AuditTarget.Cycle(cycle.Id),
            string.Create(CultureInfo.InvariantCulture, $"targets={keptTargets.Count};actions={keptActions.Count}"), cancellationToken);
        return [];
    }

    private List<(CarryProposals.TargetProposal, CarriedTargetInput)> Kept(
        IReadOnlyList<CarriedTargetInput> inputs, CarryProposals.Proposals offered, List<(string, string)> errors)
    {
        var kept = new List<(CarryProposals.TargetProposal, CarriedTargetInput)>();
        foreach (var (input, i) in inputs.Select((t, i) => (t, i)).Where(x => x.t.Keep))
        {
            var field = $"Targets[{i}]";
            if (offered.Targets.FirstOrDefault(p => p.Target.Id == input.FromId) is not { } proposal)
                errors.Add((field, strings["Carry.NotOffered"]));
            else if (string.IsNullOrWhiteSpace(input.Wording))
                errors.Add((field + ".Wording", strings["Carry.WordingMissing", proposal.Target.Wording]));
            else if (proposal.IndicatorProblem is { } problem && !input.DropIndicator)
                errors.Add((field + ".DropIndicator", problem));
            else
                kept.Add((proposal, input));
        }
        return kept;
    }

    private List<(PlanAction, CarriedActionInput)> KeptActions(
        IReadOnlyList<CarriedActionInput> inputs, CarryProposals.Proposals offered, List<(CarryProposals.TargetProposal, CarriedTargetInput)> keptTargets,
        Dictionary<int, ChosenTarget> copies, List<(string, string)> errors)
    {
        var kept = new List<(PlanAction, CarriedActionInput)>();
        foreach (var (input, i) in inputs.Select((a, i) => (a, i)).Where(x => x.a.Keep))
        {
            var field = $"Actions[{i}]";
            if (offered.Actions.FirstOrDefault(p => p.Action.Id == input.FromId) is not { } proposal)
                errors.Add((field, strings["Carry.NotOffered"]));
            else if (string.IsNullOrWhiteSpace(input.Title))
                errors.Add((field + ".Title", strings["Carry.TitleMissing", proposal.Action.Title]));
            else if (!copies.ContainsKey(proposal.Target.Id) && keptTargets.All(t => t.Item1.Target.Id != proposal.Target.Id))
                errors.Add((field + ".Keep", strings["Carry.TargetNotKept", proposal.Action.Title, proposal.Target.Wording]));
            else
                kept.Add((proposal.Action, input));
        }
        return kept;
    }

    /// <summary>This year's copies, by the id of the cible they carry.</summary>
    private async Task<Dictionary<int, ChosenTarget>> CopiesAsync(ComiteCycle cycle, CancellationToken cancellationToken) =>
        await db.ChosenTargets.Where(t => t.CycleId == cycle.Id && t.CarriedFromId != null).ToDictionaryAsync(t => t.CarriedFromId!.Value, cancellationToken);

    private static ChosenTarget CopyOf(ChosenTarget from, ComiteCycle cycle, int order, CarriedTargetInput input, DateTimeOffset now)
    {
        var keepIndicator = !input.DropIndicator;
        return new ChosenTarget
        {
            CycleId = cycle.Id, Order = order, Wording = input.Wording.Trim(), Neighbourhoods = [.. from.Neighbourhoods], CarriedFromId = from.Id,
            IndicatorCollecteId = keepIndicator ? from.IndicatorCollecteId : null, IndicatorAudience = keepIndicator ? from.IndicatorAudience : null,
            IndicatorLevel = keepIndicator ? from.IndicatorLevel : null, IndicatorId = keepIndicator ? from.IndicatorId : null,
            IndicatorNeighbourhood = keepIndicator ? from.IndicatorNeighbourhood : null, BaselineValue = keepIndicator ? from.BaselineValue : null,
            BaselineN = keepIndicator ? from.BaselineN : null, Direction = from.Direction, TargetValue = keepIndicator ? from.TargetValue : null,
            Horizon = cycle.YearLabel, DecidedAt = now,
        };
    }

    /// <summary>Each activité under a copy of its moyen (one per moyen), numbered again 1, 2, 3… so carrying leaves no gap.</summary>
    private async Task CopyActionsAsync(
        List<(PlanAction Action, CarriedActionInput Input)> kept, Dictionary<int, ChosenTarget> copies, CancellationToken cancellationToken)
    {
        foreach (var group in kept.GroupBy(k => k.Action.TargetId))
        {
            var target = copies[group.Key];
            List<int> orders = target.Id == 0 ? [] : await db.PlanMeans.Where(m => m.TargetId == target.Id).Select(m => m.Order).ToListAsync(cancellationToken);
            foreach (var byMeans in group.OrderBy(k => k.Action.PlanMeans?.Order).GroupBy(k => k.Action.PlanMeans?.Wording ?? k.Action.Title))
            {
                var first = byMeans.First().Action;
                var means = new PlanMeans
                {
                    Target = target, Order = PlanNumbering.Next(orders), Wording = byMeans.Key,
                    StartDate = first.PlanMeans?.StartDate ?? first.StartDate, DueDate = first.PlanMeans?.DueDate ?? first.DueDate,
                    PeriodLabel = first.PlanMeans?.PeriodLabel ?? first.PeriodLabel,
                };
                orders.Add(means.Order);
                db.PlanMeans.Add(means);
                var number = 0;
                foreach (var (action, input) in byMeans.OrderBy(k => k.Action.Order))
                    db.Actions.Add(CopyOf(action, target, means, ++number, input));
            }
        }
    }

    private static PlanAction CopyOf(PlanAction from, ChosenTarget target, PlanMeans means, int order, CarriedActionInput input) => new()
    {
        Target = target, PlanMeans = means, Order = order, Title = input.Title.Trim(), Objective = from.Objective, Means = from.Means,
        Activities = from.Activities, Resources = from.Resources, LeadOrganisation = from.LeadOrganisation, LeadPartnerId = from.LeadPartnerId,
        StartDate = from.StartDate, DueDate = from.DueDate, PeriodLabel = from.PeriodLabel, Status = from.Status, InternalNote = from.InternalNote,
        RequiresCitizens = from.RequiresCitizens, CarriedFromId = from.Id,
        // Its history comes along, each row linked to the one it copies (which stays, untouched, in its year).
        Commitments = from.Commitments.OrderBy(c => c.Id).Select(c => new ActionCommitment
        {
            PartnerName = c.PartnerName, OrganisationId = c.OrganisationId, People = c.People, Money = c.Money, Space = c.Space,
            ByCitizens = c.ByCitizens, CarriedFromId = c.Id,
        }).ToList(),
        Progress = from.Progress.OrderBy(p => p.Date).ThenBy(p => p.Id).Select(p => new ActionProgress
        {
            Date = p.Date, Text = p.Text, Author = p.Author, RecordedAt = p.RecordedAt, CarriedFromId = p.Id,
        }).ToList(),
    };
}
