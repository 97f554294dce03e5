using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
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

    /// <summary>Runs before every handler, so none repeats it: a collecte outside the person's scope is a 404.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await collectes.FindAsync(User, Id, HttpContext.RequestAborted) is not { } collecte)
        {
            context.Result = NotFound();
            return;
        }
        Collecte = collecte;
        await next();
    }

    public IEnumerable<CollecteNeighbourhood> SortedNeighbourhoods =>
        Collecte.Neighbourhoods.OrderBy(n => n.Territory!.Name, CollecteLoading.NameOrder);
}
