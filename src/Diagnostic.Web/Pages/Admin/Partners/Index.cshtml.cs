using Diagnostic.Data.Entities;
using Diagnostic.Data.Partners;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>The directory of partner organisations: name, network, sector, neighbourhoods served.</summary>
public sealed class IndexModel(PartnerDirectory directory) : PageModel
{
    public IReadOnlyList<PartnerOrganisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Organisations = await directory.ListAsync(ct);
}
