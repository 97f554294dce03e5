using Diagnostic.Web.Pages.Comite;
using Diagnostic.Core.Csv;
using Diagnostic.Web.Pages.Comite.Plan;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite.Bilan;

/// <summary>
/// The bilan as CSV: one line per target with its change figures (as ChangeBuilder gave them) and decision; the
/// wording, collecte name, comment and public text are typed text (<see cref="CsvCell.Text"/>), the rest codes and figures.
/// </summary>
public sealed class ExportModel(ComiteAccess scope, BilanReader reader) : PageModel
{
    public static readonly string[] Header =
    [
        "cible", "indicateur", "collecte_apres", "n_avant", "n_apres", "avant", "apres", "diff", "ic_bas", "ic_haut", "p", "q",
        "tendance", "masque", "actions", "actions_realisees", "decision", "commentaire", "texte_public", "public",
    ];

    public async Task<IActionResult> OnGetAsync(int cycleId, int? after, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return NotFound();
        var view = await reader.ReadAsync(cycle, after, cancellationToken);
        var rows = view.Targets.Select(t => (IReadOnlyList<CsvCell>)
        [
            CsvCell.Text(t.Plan.Target.Wording), t.Plan.Target.IndicatorId ?? "", CsvCell.Text(t.Change is null ? "" : t.After?.Name ?? ""),
            t.Change?.NBefore?.ToString() ?? "", t.Change?.NAfter?.ToString() ?? "",
            PlanCsv.Number(t.Change?.Before, 4), PlanCsv.Number(t.Change?.After, 4), PlanCsv.Number(t.Change?.Diff, 4),
            PlanCsv.Number(t.Change?.CiLow, 4), PlanCsv.Number(t.Change?.CiHigh, 4), PlanCsv.Number(t.Change?.P, 4), PlanCsv.Number(t.Change?.Q, 4),
            t.Change?.Flag ?? "", t.Change?.Suppressed == true ? "oui" : "",
            t.Plan.Actions.Count.ToString(), t.Plan.Actions.Count(a => a.Status == Core.Plans.ActionStatus.Done).ToString(),
            t.Review?.Decision.ToString().ToLowerInvariant() ?? "", CsvCell.Text(t.Review?.Comment ?? ""), CsvCell.Text(t.Review?.PublicText ?? ""),
            t.Review?.IsPublic == true ? "oui" : "non",
        ]);
        return File(ComiteCsv.Write(Header, rows), "text/csv; charset=utf-8", $"bilan-{cycle.YearLabel}.csv");
    }
}
