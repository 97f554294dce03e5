using Diagnostic.Core.Territories;

namespace Diagnostic.Core.Tests.Territories;

public class TerritoryTreeTests
{
    private static TerritoryTree Estrie()
    {
        var result = TerritoryTree.Build(
        [
            new TerritoryRow(2, "EST", "Estrie", null, null),
            new TerritoryRow(3, "SHE", "Sherbrooke", "EST", 172950),
            new TerritoryRow(4, "SHE-01", "Jardins-Fleuris", "SHE", 12500),
            new TerritoryRow(5, "MAG", "Memphrémagog", "EST", null),
            new TerritoryRow(6, "SHE-02", "Ascot", "SHE", 8200),
            new TerritoryRow(7, "MAG-01", "Magog centre", "MAG", null),
        ]);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Tree!;
    }

    [Fact]
    public void Levels_go_from_region_to_city_to_neighbourhood()
    {
        var tree = Estrie();

        Assert.Equal([0, 1, 2, 1, 2, 2], tree.Territories.Select(t => t.Level));
        Assert.Equal(["EST"], tree.Roots.Select(t => t.Code));
    }

    [Fact]
    public void Children_are_listed_in_source_order()
    {
        var tree = Estrie();

        Assert.Equal(["SHE", "MAG"], tree.ChildrenOf("EST").Select(t => t.Code));
        Assert.Equal(["SHE-01", "SHE-02"], tree.ChildrenOf("SHE").Select(t => t.Code));
        Assert.Empty(tree.ChildrenOf("SHE-02"));
    }

    [Fact]
    public void Path_runs_from_the_top_down_to_the_neighbourhood()
    {
        var tree = Estrie();

        Assert.Equal(["EST", "SHE", "SHE-02"], tree.PathTo("SHE-02").Select(t => t.Code));
        Assert.Equal(["EST"], tree.PathTo("EST").Select(t => t.Code));
    }

    [Fact]
    public void Leaves_are_the_neighbourhoods_under_a_territory()
    {
        var tree = Estrie();

        Assert.Equal(["SHE-01", "SHE-02", "MAG-01"], tree.Leaves.Select(t => t.Code));
        Assert.Equal(["SHE-01", "SHE-02"], tree.LeavesUnder("SHE").Select(t => t.Code));
        Assert.Equal(["MAG-01"], tree.LeavesUnder("MAG-01").Select(t => t.Code));
        Assert.True(tree.IsLeaf("MAG-01"));
        Assert.False(tree.IsLeaf("MAG"));
    }

    [Fact]
    public void Unknown_code_is_not_found_and_indexing_it_is_a_bug()
    {
        var tree = Estrie();

        Assert.Null(tree.Find("XYZ"));
        Assert.False(tree.Contains("XYZ"));
        Assert.Throws<KeyNotFoundException>(() => tree["XYZ"]);
    }

    [Fact]
    public void Single_town_without_region_is_a_valid_tree()
    {
        var result = TerritoryTree.Build(
        [
            new TerritoryRow(1, "VIL", "Victoriaville", null, null),
            new TerritoryRow(2, "VIL-1", "Sainte-Famille", "VIL", null),
        ]);

        Assert.Equal(["VIL-1"], result.Tree!.Leaves.Select(t => t.Code));
    }

    [Fact]
    public void Rows_built_in_code_are_checked_like_a_file()
    {
        var result = TerritoryTree.Build(
        [
            new TerritoryRow(1, "A", "Alpha", "B", -1),
            new TerritoryRow(2, "B", "Beta", "A", null),
        ]);

        Assert.Null(result.Tree);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Message == "cycle in parents: A → B → A");
        Assert.Contains(result.Errors, e => e.Message.Contains("population"));
    }
}
