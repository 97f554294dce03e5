namespace Diagnostic.Web.Pages.Comite.Seances;

/// <summary>The séance's agenda, minutes and citizen head count, as posted.</summary>
public sealed class SeanceInput
{
    public string? Agenda { get; set; }
    public string? Minutes { get; set; }
    public int? CitizenCount { get; set; }
}

/// <summary>A decision, as posted, with the cible and action it concerns (optional).</summary>
public sealed class DecisionInput
{
    public string? Text { get; set; }
    public int? TargetId { get; set; }
    public int? ActionId { get; set; }
}
