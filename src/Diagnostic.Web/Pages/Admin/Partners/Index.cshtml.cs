using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Partners;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>The directory of partner organisations: name, network, sector, neighbourhoods served (by name).</summary>
public sealed class IndexModel(PartnerDirectory directory, DiagnosticDbContext db) : PageModel
{
    public IReadOnlyList<PartnerOrganisation> Organisations { get; private set; } = [];

    private Dictionary<string, string> names = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisations = await directory.ListAsync(ct);
        var codes = Organisations.SelectMany(o => o.ServedCodes).Distinct().ToList();
        names = (await db.Territories.AsNoTracking().Where(t => codes.Contains(t.Code)).Select(t => new { t.Code, t.Name }).ToListAsync(ct))
            .GroupBy(t => t.Code).ToDictionary(g => g.Key, g => g.First().Name);
    }

    /// <summary>The names of the territories an organisation serves (a code no longer in the list stays as written).</summary>
    public string Served(PartnerOrganisation organisation) =>
        string.Join(", ", organisation.ServedCodes.Select(c => names.GetValueOrDefault(c, c)).Order(StringComparer.CurrentCulture));
}
