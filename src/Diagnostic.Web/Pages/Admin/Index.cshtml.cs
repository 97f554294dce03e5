using Diagnostic.Data.Entities;
using Diagnostic.Web.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin;

/// <summary>The organizer's home: the collectes she is assigned to (all of them for an admin).</summary>
public sealed class IndexModel(CollecteAccess access) : PageModel
{
    public sealed record Row(int Id, string Code, string Name, CollecteStatus Status);

    public IReadOnlyList<Row> Collectes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Collectes = await access.Visible(User).AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new Row(s.Id, s.PublicCode, s.Name, s.Status))
            .ToListAsync(cancellationToken);
}
