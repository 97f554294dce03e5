using Diagnostic.Data.Exchange;
using Diagnostic.Web.Pages.Admin.Exchange;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>
/// A page about one collecte named by its public code (/admin/collectes/{code}/...): the collecte is found among those
/// the person may see before any handler runs, so no handler repeats it and any other code is a 404, never a 403.
/// </summary>
public abstract class CollecteByCodePageModel(AdminCollectes collectes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public ExchangeCollecte Collecte { get; private set; } = null!;

    /// <summary>A page for some collectes only (invitations: partner collectes) says no to the others: a 404 too.</summary>
    protected virtual bool Serves(ExchangeCollecte collecte) => true;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await collectes.FindAsync(User, Code, HttpContext.RequestAborted) is not { } collecte || !Serves(collecte))
        {
            context.Result = NotFound();
            return;
        }
        Collecte = collecte;
        await next();
    }
}
