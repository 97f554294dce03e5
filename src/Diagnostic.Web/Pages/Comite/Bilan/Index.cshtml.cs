using Diagnostic.Web.Pages.Comite;
using Diagnostic.Web.Pages.Comite.Plan;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite.Bilan;

/// <summary>
/// The bilan annuel: each target, its actions and what was done, the change in its indicator between the
/// baseline collecte and a later one (ChangeBuilder), the indicator across collectes, and the decision.
/// </summary>
public sealed class IndexModel(
    ComiteAccess scope, BilanReader reader, ReviewRecorder reviews, BilanProcess process) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? After { get; set; }
    [BindProperty] public ReviewInput Review { get; set; } = new();
    public BilanView View { get; private set; } = null!;
    public BilanProcess.View Process { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return NotFound();
        View = await reader.ReadAsync(cycle, After, cancellationToken);
        Process = await process.ReadAsync(cycle, cancellationToken);
        return Page();
    }

    /// <summary>A target's indicator across collectes, drawn for one page width (the page names it).</summary>
    public async Task<IActionResult> OnGetTrendAsync(int cycleId, int target, int? largeur, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return NotFound();
        var view = await reader.ReadAsync(cycle, After, cancellationToken);
        return view.Targets.FirstOrDefault(t => t.Plan.Target.Id == target)?.Trend is { } trend
            ? Shared.ChartFile.Svg(trend, largeur)
            : NotFound();
    }

    public async Task<IActionResult> OnPostReviewAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return NotFound();
        if (await reviews.SaveAsync(cycleId, Review, User, cancellationToken) is not { } targetId)
            return NotFound();
        return Redirect($"/comite/bilan/{cycleId}#target-{targetId}");
    }
}
