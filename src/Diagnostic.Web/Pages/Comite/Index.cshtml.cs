using Diagnostic.Web.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>The committee's home: the collectes whose portrait the member may read (never raw answers).</summary>
public sealed class IndexModel(SessionAccess access) : PageModel
{
    public sealed record Row(string Code, string Name);

    public IReadOnlyList<Row> Collectes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Collectes = await access.Visible(User).AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new Row(s.PublicCode, s.Name))
            .ToListAsync(cancellationToken);
}
