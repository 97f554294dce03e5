using Diagnostic.Core.Territories;
using Diagnostic.Data.Territories;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TerritoryEntity = Diagnostic.Data.Entities.Territory;

namespace Diagnostic.Web.Pages.Admin.Territories;

/// <summary>The territory hierarchy as an indented tree, each with its neighbourhood word and population.</summary>
public sealed class IndexModel(TerritoryStore store) : PageModel
{
    public sealed record Line(TerritoryEntity Territory, int Depth, bool IsLeaf);

    public List<Line> Lines { get; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (tree, entities) = await store.LoadAsync(cancellationToken);
        if (tree is null) return;
        var byCode = entities.ToDictionary(t => t.Code);
        void Walk(TerritoryNode territory, int depth)
        {
            Lines.Add(new Line(byCode[territory.Code], depth, tree.IsLeaf(territory.Code)));
            foreach (var child in tree.ChildrenOf(territory.Code)) Walk(child, depth + 1);
        }
        foreach (var root in tree.Roots) Walk(root, 0);
    }
}
