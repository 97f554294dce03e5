namespace Diagnostic.Core.Territories;

/// <summary>
/// One territory of a hierarchy (region → city or MRC → neighbourhood). <see cref="Level"/> is the depth
/// in its tree: 0 for a top territory, 1 for its children, and so on; the leaves are the neighbourhoods
/// whatever their depth, because a démarche may cover a region or a single town.
/// </summary>
public sealed record TerritoryNode(string Code, string Name, string? ParentCode, int? Population, int Level)
{
    public bool IsTop => ParentCode is null;
}
