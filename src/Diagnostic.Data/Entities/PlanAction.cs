using Diagnostic.Core.Plans;

namespace Diagnostic.Data.Entities;

/// <summary>
/// An action of the plan under a chosen target, in the field's shape objectif → moyens → activités →
/// ressources et échéancier. Named PlanAction so it never hides System.Action.
/// </summary>
public sealed class PlanAction
{
    public int Id { get; set; }
    public int TargetId { get; set; }
    public ChosenTarget? Target { get; set; }

    /// <summary>Display order under its target (1 = first).</summary>
    public int Order { get; set; }
    public required string Title { get; set; }
    public string Objective { get; set; } = "";
    public string Means { get; set; } = "";
    public string Activities { get; set; } = "";
    public string Resources { get; set; } = "";

    /// <summary>The porteur, by name until the partner directory exists.</summary>
    public string LeadOrganisation { get; set; } = "";

    /// <summary>The porteur's entry in the organisations' directory (LeadOrganisation keeps its name as written).</summary>
    public int? LeadPartnerId { get; set; }
    public PartnerOrganisation? LeadPartner { get; set; }

    /// <summary>The period's range; the database refuses a due date before the start.</summary>
    public DateOnly StartDate { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>The comité's words for the period (« automne 2026 »), if any.</summary>
    public string? PeriodLabel { get; set; }
    public ActionStatus Status { get; set; }

    /// <summary>What was done, for the bilan; public in the citizens' summary.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>For the comité only: never in the public summary or a public export.</summary>
    public string InternalNote { get; set; } = "";
    public List<ActionCommitment> Commitments { get; set; } = [];
    public List<ActionProgress> Progress { get; set; } = [];

    /// <summary>The moyen this activité serves; null only for an action written before the plan had moyens.</summary>
    public int? PlanMeansId { get; set; }
    public PlanMeans? PlanMeans { get; set; }

    /// <summary>The comité requires citizens to take part: it cannot start without a citizens' commitment.</summary>
    public bool RequiresCitizens { get; set; }

    /// <summary>The unfinished action of an earlier year this one carries forward, if any; its history stays there.</summary>
    public int? CarriedFromId { get; set; }
    public PlanAction? CarriedFrom { get; set; }

    public ActionPeriod Period => ActionPeriod.Of(StartDate, DueDate, PeriodLabel);
}
