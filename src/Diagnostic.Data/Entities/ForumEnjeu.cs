namespace Diagnostic.Data.Entities;

/// <summary>
/// An enjeu a forum table named, as the table keyed it in; the organisatrice groups it into an issue card (a candidate
/// of the year, <see cref="CardId"/>) on which the dot vote runs.
/// </summary>
public sealed class ForumEnjeu
{
    public int Id { get; set; }
    public int SeanceId { get; set; }
    public Seance? Seance { get; set; }

    /// <summary>The table's name or number, as it typed it.</summary>
    public required string Table { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? CardId { get; set; }
    public CandidateTarget? Card { get; set; }
}
