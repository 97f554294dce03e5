namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>Marker for the plan, bilan and regional pages' texts (Resources/Pages/Comite/Plan/PlanText*.resx).</summary>
public sealed class PlanText;
