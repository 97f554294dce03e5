using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Exchange;
using Diagnostic.Web.Authorization;

namespace Diagnostic.Web.Pages.Admin.Exchange;

/// <summary>A collecte of the organizer pages, only among those the signed-in person may see (null → 404, never 403).</summary>
public sealed class AdminCollectes(DiagnosticDbContext db, CollecteAccess access)
{
    public Task<ExchangeCollecte?> FindAsync(ClaimsPrincipal user, string code, CancellationToken ct) =>
        ExchangeCollecte.FindAsync(db, code, access.Visible(user), ct);
}
