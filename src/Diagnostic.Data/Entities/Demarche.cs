namespace Diagnostic.Data.Entities;

/// <summary>
/// The whole process on one territory over the years (domain.md 5.0): its collectes are those of the territory and its
/// communities, its comité years those of the comités sitting on them. One démarche per territory.
/// </summary>
public sealed class Demarche
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public required string Name { get; set; }

    /// <summary>The coordonnatrice ou coordonnateur, by name (often the organisatrice communautaire).</summary>
    public string CoordinatorName { get; set; } = "";

    /// <summary>What citizens read at the top of the public page (droit de suite).</summary>
    public string PublicIntro { get; set; } = "";
    public DateOnly? StartedOn { get; set; }
}
