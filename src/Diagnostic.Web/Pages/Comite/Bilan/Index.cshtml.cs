using Diagnostic.Web.Pages.Comite;
using Diagnostic.Web.Pages.Comite.Plan;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Bilan;

/// <summary>
/// The bilan annuel: each target, its actions and what was done, the change in its indicator between the
/// baseline collecte and a later one (ChangeBuilder), the indicator across collectes, and the decision.
/// </summary>
public sealed class IndexModel(
    ComiteAccess scope, BilanReader reader, ReviewRecorder reviews, BilanProcess process, IStringLocalizer<PlanText> planText) : PageModel
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
        if (Review.Decision is null)
        {
            View = await reader.ReadAsync(cycle, After, cancellationToken);
            if (View.Targets.FirstOrDefault(t => t.Plan.Target.Id == Review.TargetId) is not { } target)
                return NotFound();
            // A value that is no decision already has the binder's message.
            if (ModelState.GetValidationState("Review.Decision") != ModelValidationState.Invalid)
                ModelState.AddModelError("Review.Decision", planText["Error.Decision", target.Plan.Target.Wording]);
            Process = await process.ReadAsync(cycle, cancellationToken);
            return Page();
        }
        if (await reviews.SaveAsync(cycleId, Review, User, cancellationToken) is not { } targetId)
            return NotFound();
        return Redirect($"/comite/bilan/{cycleId}#target-{targetId}");
    }

    /// <summary>What a target's decision form shows: what was posted after a refusal, the recorded decision otherwise.</summary>
    public ReviewInput Shown(TargetBilan t) =>
        !ModelState.IsValid && Review.TargetId == t.Plan.Target.Id
            ? Review
            : new ReviewInput
            {
                TargetId = t.Plan.Target.Id, Decision = t.Review?.Decision, Comment = t.Review?.Comment, PublicText = t.Review?.PublicText,
                IsPublic = t.Review?.IsPublic == true,
            };
}
