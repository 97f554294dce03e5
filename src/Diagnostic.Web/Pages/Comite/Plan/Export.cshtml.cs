using Diagnostic.Web.Pages.Comite;
using Diagnostic.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>The action plan as CSV: one line per action, partners and their commitment included.</summary>
public sealed class ExportModel(ComiteAccess scope, PlanReader reader) : PageModel
{
    public static readonly string[] Header =
    [
        "cible", "action", "objectif", "moyens", "activites", "porteur", "partenaires", "ressources",
        "debut", "echeance", "periode", "statut", "realisation",
    ];

    public async Task<IActionResult> OnGetAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return NotFound();
        var plan = await reader.ReadAsync(cycleId, cancellationToken);
        var rows = plan.SelectMany(t => t.Actions.Select(a => (IReadOnlyList<string>)
        [
            t.Target.Wording, a.Title, a.Objective, a.Means, a.Activities, a.LeadOrganisation,
            string.Join(" | ", a.Commitments.Select(Commitment)), a.Resources,
            PlanFormat.Day(a.StartDate), PlanFormat.Day(a.DueDate), a.PeriodLabel ?? "", StatusCode(a.Status), a.Outcome,
        ]));
        return File(PlanCsv.Write(Header, rows), "text/csv; charset=utf-8", $"plan-action-{cycle.YearLabel}.csv");
    }

    /// <summary>Stable codes in files, whatever the screen language.</summary>
    public static string StatusCode(ActionStatus status) => status switch
    {
        ActionStatus.Upcoming => "a_venir",
        ActionStatus.InProgress => "en_cours",
        ActionStatus.Done => "realisee",
        ActionStatus.Postponed => "reportee",
        _ => "abandonnee",
    };

    private static string Commitment(Data.Entities.ActionCommitment c) =>
        string.Join(", ", new[] { c.PartnerName, c.People, c.Money is { } m ? PlanCsv.Number((double)m, 2) + " $" : "", c.Space }
            .Where(s => s.Length > 0));
}
