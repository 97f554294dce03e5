using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>A page about one collecte found by id among those the person may see; any other id is a 404.</summary>
public abstract class CollectePageModel(OrganizerCollectes collectes) : PageModel
{
    protected OrganizerCollectes Collectes => collectes;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Collecte Collecte { get; private set; } = null!;

    public string NeighbourhoodWord => Collecte.Territory!.NeighbourhoodWord;

    protected async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var collecte = await collectes.FindAsync(User, Id, cancellationToken);
        if (collecte is null) return NotFound();
        Collecte = collecte;
        return null;
    }

    public IEnumerable<CollecteNeighbourhood> SortedNeighbourhoods =>
        Collecte.Neighbourhoods.OrderBy(n => n.Territory!.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), true));
}
