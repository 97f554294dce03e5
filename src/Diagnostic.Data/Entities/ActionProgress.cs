namespace Diagnostic.Data.Entities;

/// <summary>A dated entry of an action's progress log (internal to the comité).</summary>
public sealed class ActionProgress
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public PlanAction? Action { get; set; }
    public DateOnly Date { get; set; }
    public required string Text { get; set; }

    /// <summary>Who wrote it (display name, not an account id, so the log reads on its own).</summary>
    public string Author { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The entry of an earlier year this copy carries forward with its activité, if any (the original stays there).</summary>
    public int? CarriedFromId { get; set; }
    public ActionProgress? CarriedFrom { get; set; }
}
