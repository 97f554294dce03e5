namespace Diagnostic.Core.Territories;

/// <summary>
/// A checked, immutable territory hierarchy: codes are unique, every parent exists and there is no cycle.
/// Built only through <see cref="Build"/> or <see cref="TerritoryCsvReader"/>, so a tree is always whole.
/// </summary>
public sealed class TerritoryTree
{
    private readonly Dictionary<string, TerritoryNode> _byCode;
    private readonly Dictionary<string, IReadOnlyList<TerritoryNode>> _children;

    internal TerritoryTree(IReadOnlyList<TerritoryNode> territories)
    {
        Territories = territories;
        _byCode = territories.ToDictionary(t => t.Code, StringComparer.Ordinal);
        _children = territories
            .Where(t => t.ParentCode is not null)
            .GroupBy(t => t.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TerritoryNode>)g.ToList(), StringComparer.Ordinal);
        Roots = territories.Where(t => t.IsTop).ToList();
        Leaves = territories.Where(t => !_children.ContainsKey(t.Code)).ToList();
    }

    /// <summary>Every territory, in the order of the source.</summary>
    public IReadOnlyList<TerritoryNode> Territories { get; }

    /// <summary>The top territories (no parent).</summary>
    public IReadOnlyList<TerritoryNode> Roots { get; }

    /// <summary>The territories without children: the neighbourhoods that responses are attached to.</summary>
    public IReadOnlyList<TerritoryNode> Leaves { get; }

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public TerritoryNode? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The territory with this code; asking for an unknown code is a bug.</summary>
    public TerritoryNode this[string code] =>
        _byCode.TryGetValue(code, out var territory)
            ? territory
            : throw new KeyNotFoundException($"No territory with code '{code}'.");

    public bool IsLeaf(string code) => !ChildrenOf(code).Any();

    /// <summary>Direct children, in source order (empty for a leaf).</summary>
    public IReadOnlyList<TerritoryNode> ChildrenOf(string code)
    {
        _ = this[code];
        return _children.TryGetValue(code, out var children) ? children : [];
    }

    /// <summary>From the top territory down to <paramref name="code"/> itself.</summary>
    public IReadOnlyList<TerritoryNode> PathTo(string code)
    {
        var path = new List<TerritoryNode>();
        for (TerritoryNode? current = this[code]; current is not null; current = current.ParentCode is null ? null : this[current.ParentCode])
        {
            path.Add(current);
        }
        path.Reverse();
        return path;
    }

    /// <summary>The leaves under <paramref name="code"/> (the territory itself when it is a leaf), in source order.</summary>
    public IReadOnlyList<TerritoryNode> LeavesUnder(string code)
    {
        var root = this[code];
        return Leaves.Where(leaf => PathTo(leaf.Code).Contains(root)).ToList();
    }

    /// <summary>Checks rows (unique codes, known parents, no cycle) and builds the tree, or returns every error.</summary>
    public static TerritoryReadResult Build(IEnumerable<TerritoryRow> rows, string fileName = "territories") =>
        TerritoryTreeBuilder.Build(rows.ToList(), fileName, TerritoryColumns.Default);
}
