using Diagnostic.Core.Plans;

namespace Diagnostic.Web.Pages.Comite.Bilan;

/// <summary>The bilan decision on one target, as posted.</summary>
public sealed class ReviewInput
{
    public int TargetId { get; set; }
    public Diagnostic.Core.Plans.TargetDecision Decision { get; set; }
    public string Comment { get; set; } = "";
    public string PublicText { get; set; } = "";
    public bool IsPublic { get; set; }
    public int? AfterCollecteId { get; set; }
}
