using Diagnostic.Core.Plans;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>The action form, as posted.</summary>
public sealed class ActionInput
{
    public string Title { get; set; } = "";
    public string Objective { get; set; } = "";
    public string Means { get; set; } = "";
    public string Activities { get; set; } = "";
    public string Resources { get; set; } = "";
    public string LeadOrganisation { get; set; } = "";
    public DateOnly? Start { get; set; }
    public DateOnly? Due { get; set; }
    public string? PeriodLabel { get; set; }
    public ActionStatus Status { get; set; }
    public string Outcome { get; set; } = "";
    public string InternalNote { get; set; } = "";
}

/// <summary>A partner's commitment, as posted.</summary>
public sealed class CommitmentInput
{
    public string PartnerName { get; set; } = "";
    public string People { get; set; } = "";
    public decimal? Money { get; set; }
    public string Space { get; set; } = "";
}

/// <summary>A progress log entry, as posted.</summary>
public sealed class ProgressInput
{
    public DateOnly? Date { get; set; }
    public string Text { get; set; } = "";
}
