using Diagnostic.Core.Plans;

namespace Diagnostic.Web.Pages.Comite.Plan;

// The texts of these forms are nullable: an empty field binds as null, and a non-nullable string would get MVC's
// implicit [Required] (an English message naming the property) or fail on Trim(). The page checks the fields the
// comité must fill, with its own words; the editor stores the others as "" when left empty.

/// <summary>The action form, as posted.</summary>
public sealed class ActionInput
{
    public string? Title { get; set; }
    public string? Objective { get; set; }
    public string? Means { get; set; }
    public string? Activities { get; set; }
    public string? Resources { get; set; }

    /// <summary>The porteur: one of the démarche's organisations (none: no porteur yet).</summary>
    public int? LeadPartnerId { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? Due { get; set; }
    public string? PeriodLabel { get; set; }
    public ActionStatus Status { get; set; }

    /// <summary>The moyen it serves; none: a moyen of its own is created.</summary>
    public int? PlanMeansId { get; set; }

    /// <summary>Its number under the moyen; none: after the last.</summary>
    public int? Order { get; set; }
    public bool RequiresCitizens { get; set; }
    public string? Outcome { get; set; }
    public string? InternalNote { get; set; }
}

/// <summary>A partner's commitment, as posted.</summary>
public sealed class CommitmentInput
{
    public string? PartnerName { get; set; }
    public string? People { get; set; }
    public decimal? Money { get; set; }
    public string? Space { get; set; }
    public bool ByCitizens { get; set; }
}

/// <summary>A moyen, as posted: its cible, wording, number and period.</summary>
public sealed class MeansInput
{
    public int TargetId { get; set; }
    public string? Wording { get; set; }
    public int? Order { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? Due { get; set; }
    public string? PeriodLabel { get; set; }
}

/// <summary>A progress log entry, as posted.</summary>
public sealed class ProgressInput
{
    public DateOnly? Date { get; set; }
    public string? Text { get; set; }
}
