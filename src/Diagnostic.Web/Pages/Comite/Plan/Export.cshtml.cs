using Diagnostic.Web.Pages.Comite;
using Diagnostic.Core.Csv;
using Diagnostic.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>The action plan as CSV: one line per action, partners and their commitment included; typed text is <see cref="CsvCell.Text"/>.</summary>
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
        var rows = plan.SelectMany(t => t.Actions.Select(a => (IReadOnlyList<CsvCell>)
        [
            CsvCell.Text(t.Target.Wording), CsvCell.Text(a.Title), CsvCell.Text(a.Objective), CsvCell.Text(a.Means),
            CsvCell.Text(a.Activities), CsvCell.Text(a.LeadOrganisation),
            CsvCell.Text(string.Join(" | ", a.Commitments.Select(Commitment))), CsvCell.Text(a.Resources),
            PlanFormat.IsoDay(a.StartDate), PlanFormat.IsoDay(a.DueDate), CsvCell.Text(a.PeriodLabel ?? ""), StatusCode(a.Status),
            CsvCell.Text(a.Outcome),
        ]));
        return File(ComiteCsv.Write(Header, rows), "text/csv; charset=utf-8", $"plan-action-{cycle.YearLabel}.csv");
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
