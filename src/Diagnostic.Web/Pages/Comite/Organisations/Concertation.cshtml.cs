using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Organisations;

/// <summary>
/// The « portrait de la concertation »: for each comité the person may open, its current seats by réseau, and which
/// réseaux are present, absent or over-represented (<see cref="ConcertationBalance"/>).
/// </summary>
public sealed class ConcertationModel(DiagnosticDbContext db, ComiteAccess access, Today today) : PageModel
{
    public sealed record ComiteBalance(int Id, string Name, ComiteKind Kind, string Territory, IReadOnlyList<ReseauSeats> Rows, int Seats);

    public IReadOnlyList<ComiteBalance> Comites { get; private set; } = [];

    public static IReadOnlyList<string> Reseaux { get; } = Enum.GetValues<PartnerNetwork>().Select(n => n.ToString()).ToList();

    /// <summary>The organisation's réseau; for a seat without one, the voter type's when its code names a réseau (the defaults do), else citoyen.</summary>
    private static PartnerNetwork ReseauOf(PartnerNetwork? organisation, string voterType) =>
        organisation ?? (Enum.TryParse<PartnerNetwork>(voterType, true, out var network) ? network : PartnerNetwork.Citoyen);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var day = today.Date;
        var comites = await access.Visible(User).AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Kind, Territory = c.Territory!.Name }).ToListAsync(cancellationToken);
        var ids = comites.Select(c => c.Id).ToList();
        var seats = await db.ComiteMembers.AsNoTracking()
            .Where(m => ids.Contains(m.ComiteId) && m.StartDate <= day && (m.EndDate == null || m.EndDate >= day))
            .Select(m => new { m.ComiteId, Network = m.Organisation == null ? (PartnerNetwork?)null : m.Organisation.Network, m.VoterType!.Code })
            .ToListAsync(cancellationToken);
        Comites = comites.Select(c =>
        {
            var mine = seats.Where(s => s.ComiteId == c.Id).Select(s => ReseauOf(s.Network, s.Code).ToString()).ToList();
            return new ComiteBalance(c.Id, c.Name, c.Kind, c.Territory, ConcertationBalance.Of(Reseaux, mine), mine.Count);
        }).ToList();
    }
}
