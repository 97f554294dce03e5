using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Admin.Users;

/// <summary>Every staff account, its role and whether it is locked.</summary>
public sealed class IndexModel(DiagnosticDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserList.Row> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Users = await UserList.LoadAsync(db, clock.GetUtcNow(), cancellationToken);
}
