using Diagnostic.Data;
using Diagnostic.Data.TerritoryData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Admin.TerritoryData;

/// <summary>A page about one territory and its neighbourhoods, named by code (/admin/territoires/{code}/...); an unknown code is a 404.</summary>
public abstract class TerritoryPageModel(DiagnosticDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public TerritoryScope Territory { get; private set; } = null!;

    [BindProperty]
    public string? FileContent { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public IReadOnlyList<FileProblem> Problems { get; protected set; } = [];
    public string? FileError { get; protected set; }
    public string? Message => TempData["Message"] as string;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await TerritoryScope.FindAsync(db, Code, HttpContext.RequestAborted) is not { } territory)
        {
            context.Result = NotFound();
            return;
        }
        Territory = territory;
        await next();
    }

    public string NameOf(string code) =>
        code == Territory.Code ? Territory.Name : Territory.Neighbourhoods.FirstOrDefault(n => n.Code == code).Name ?? code;
}
