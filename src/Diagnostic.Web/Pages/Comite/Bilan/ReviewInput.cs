using Diagnostic.Core.Plans;

namespace Diagnostic.Web.Pages.Comite.Bilan;

/// <summary>The bilan decision on one target, as posted.</summary>
public sealed class ReviewInput
{
    public int TargetId { get; set; }

    // Nullable so that a form sent without a choice is refused instead of read as the enum's first value (Keep),
    // which would offer the cible for the next year as if the comité had kept it.
    public TargetDecision? Decision { get; set; }

    // Nullable so that an empty textarea (bound as null) reaches the recorder instead of MVC's implicit [Required].
    public string? Comment { get; set; }
    public string? PublicText { get; set; }
    public bool IsPublic { get; set; }
    public int? AfterCollecteId { get; set; }
}
