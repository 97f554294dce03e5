using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Bilan;

/// <summary>The comité's decision on a cible at the bilan (keep, adjust, close), one per cible, replaced when taken again.</summary>
public sealed class ReviewRecorder(DiagnosticDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// The reviewed target's id, or null when the year has no such target (a 404 for the page). The page has checked a
    /// decision was chosen.
    /// </summary>
    public async Task<int?> SaveAsync(int cycleId, ReviewInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var decision = input.Decision ?? throw new ArgumentException("A bilan review needs a decision.", nameof(input));
        var target = await db.ChosenTargets.FirstOrDefaultAsync(t => t.Id == input.TargetId && t.CycleId == cycleId, cancellationToken);
        if (target is null) return null;
        var review = await db.TargetReviews.FirstOrDefaultAsync(r => r.TargetId == target.Id, cancellationToken)
            ?? db.TargetReviews.Add(new TargetReview { TargetId = target.Id }).Entity;
        review.Decision = decision;
        review.Comment = input.Comment?.Trim() ?? "";
        review.PublicText = input.PublicText?.Trim() ?? "";
        review.IsPublic = input.IsPublic;
        review.AfterCollecteId = input.AfterCollecteId;
        review.ReviewedAt = clock.GetUtcNow();
        audit.Add(AuditActor.From(user), AuditActions.BilanReviewSaved, new AuditTarget("target", target.Id.ToString()),
            "decision=" + review.Decision.ToString().ToLowerInvariant() + (review.IsPublic ? ", public" : ""));
        await db.SaveChangesAsync(cancellationToken);
        return target.Id;
    }
}
