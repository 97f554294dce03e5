using Diagnostic.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.PublicDemarche;

/// <summary>Every démarche's public follow-up page (droit de suite), for citizens, without an account.</summary>
[AllowAnonymous]
public sealed class IndexModel(DiagnosticDbContext db) : PageModel
{
    public sealed record Row(string Code, string Name, string Territory);

    public IReadOnlyList<Row> Demarches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Demarches = await db.Demarches.AsNoTracking().OrderBy(d => d.Name)
            .Select(d => new Row(d.Territory!.Code, d.Name, d.Territory.Name)).ToListAsync(cancellationToken);
}
