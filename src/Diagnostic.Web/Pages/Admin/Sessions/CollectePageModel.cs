using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Admin.Sessions;

/// <summary>A page about one collecte found by id among those the person may see; any other id is a 404.</summary>
public abstract class CollectePageModel(OrganizerCollectes collectes) : PageModel
{
    protected OrganizerCollectes Collectes => collectes;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public DiagnosisSession Session { get; private set; } = null!;

    public string NeighbourhoodWord => Session.Territory!.NeighbourhoodWord;

    protected async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var session = await collectes.FindAsync(User, Id, cancellationToken);
        if (session is null) return NotFound();
        Session = session;
        return null;
    }

    public IEnumerable<SessionNeighbourhood> SortedNeighbourhoods =>
        Session.Neighbourhoods.OrderBy(n => n.Territory!.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), true));
}
