namespace Diagnostic.Web.Pages.Comite.Cycles;

/// <summary>A cible of the year before, as the comité confirms, edits or drops it.</summary>
public sealed class CarriedTargetInput
{
    public int FromId { get; set; }
    public bool Keep { get; set; }
    public string Wording { get; set; } = "";

    /// <summary>Carry it without its indicator, when the new questionnaire no longer measures it.</summary>
    public bool DropIndicator { get; set; }
}

/// <summary>An unfinished activité of the year before, as the comité confirms, renames or drops it.</summary>
public sealed class CarriedActionInput
{
    public int FromId { get; set; }
    public bool Keep { get; set; }
    public string Title { get; set; } = "";
}
