namespace Diagnostic.Core.Territories;

/// <summary>1-based positions of the columns in a territory file, so errors point at the right field.</summary>
internal sealed record TerritoryColumns(int Code, int Name, int Parent, int? Population)
{
    public static TerritoryColumns Default { get; } = new(1, 2, 3, 4);
}
