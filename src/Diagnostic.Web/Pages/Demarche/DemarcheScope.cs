using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Demarche;

/// <summary>
/// What belongs to a démarche: the collectes and comités of its territory and of the territory's communities. An
/// organisatrice sees every démarche; a comité member those where she holds a current seat on one of its comités, as
/// <see cref="ComiteAccess"/> decides for the comités themselves (others are a 404).
/// </summary>
public sealed class DemarcheScope(DiagnosticDbContext db, Comite.Organisations.Today today)
{
    public IQueryable<Data.Entities.Demarche> Visible(ClaimsPrincipal user)
    {
        var all = db.Demarches.Include(d => d.Territory);
        if (ComiteAccess.IsOrganizer(user)) return all;
        var userId = ComiteAccess.UserId(user) ?? "";
        var day = today.Date;
        return all.Where(d => db.ComiteMembers.Any(m => m.UserId == userId && m.StartDate <= day && (m.EndDate == null || m.EndDate >= day)
            && (m.Comite!.TerritoryId == d.TerritoryId || m.Comite.Territory!.ParentId == d.TerritoryId)));
    }

    public IQueryable<Collecte> Collectes(Data.Entities.Demarche demarche) =>
        db.Collectes.Where(c => c.TerritoryId == demarche.TerritoryId || c.Territory!.ParentId == demarche.TerritoryId);

    public IQueryable<ComiteCycle> Cycles(Data.Entities.Demarche demarche) =>
        db.ComiteCycles.Include(c => c.Comite).Include(c => c.FocusTerritory)
            .Where(c => c.Comite!.TerritoryId == demarche.TerritoryId || c.Comite.Territory!.ParentId == demarche.TerritoryId);
}
