namespace Diagnostic.Data.Entities;

/// <summary>A place in the hierarchy region → city or MRC → neighbourhood.</summary>
public sealed class Territory
{
    public const string DefaultNeighbourhoodWord = "quartier";

    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Territory? Parent { get; set; }
    public List<Territory> Children { get; set; } = [];
    public int? Population { get; set; }
    public TerritoryLevel Level { get; set; }

    /// <summary>What screens call the territory's communities (quartier, village, secteur...).</summary>
    public string NeighbourhoodWord { get; set; } = DefaultNeighbourhoodWord;
}
