using Diagnostic.Web.Pages.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Plan;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Bilan;

/// <summary>
/// The bilan annuel: each target, its actions and what was done, the change in its indicator between the
/// baseline collecte and a later one (ChangeBuilder), the indicator across collectes, and the decision.
/// </summary>
public sealed class IndexModel(
    DiagnosticDbContext db, ComiteAccess scope, BilanReader reader, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? After { get; set; }
    [BindProperty] public ReviewInput Review { get; set; } = new();
    public BilanView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return NotFound();
        View = await reader.ReadAsync(cycle, After, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(int cycleId, CancellationToken cancellationToken)
    {
        if (await scope.FindCycleAsync(User, cycleId, cancellationToken) is not { } cycle)
            return NotFound();
        var target = await db.ChosenTargets.FirstOrDefaultAsync(t => t.Id == Review.TargetId && t.CycleId == cycleId, cancellationToken);
        if (target is null)
            return NotFound();
        var review = await db.TargetReviews.FirstOrDefaultAsync(r => r.TargetId == target.Id, cancellationToken)
            ?? db.TargetReviews.Add(new TargetReview { TargetId = target.Id }).Entity;
        review.Decision = Review.Decision;
        review.Comment = Review.Comment.Trim();
        review.PublicText = Review.PublicText.Trim();
        review.IsPublic = Review.IsPublic;
        review.AfterCollecteId = Review.AfterCollecteId;
        review.ReviewedAt = clock.GetUtcNow();
        audit.Add(AuditActor.From(User), PlanAuditActions.ReviewSaved, new AuditTarget("target", target.Id.ToString()),
            "decision=" + review.Decision.ToString().ToLowerInvariant() + (review.IsPublic ? ", public" : ""));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/comite/bilan/{cycleId}#target-{target.Id}");
    }
}
