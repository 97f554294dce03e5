namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>Audit actions of the plan and bilan pages (details never hold personal data).</summary>
public static class PlanAuditActions
{
    public const string ActionSaved = "plan.action-saved";
    public const string CommitmentAdded = "plan.commitment-added";
    public const string ProgressAdded = "plan.progress-added";
    public const string MeansSaved = "plan.means-saved";
    public const string PlanAdopted = "plan.adopted";
    public const string CarriedForward = "cycle.carried-forward";
    public const string ReviewSaved = "bilan.review-saved";
}
