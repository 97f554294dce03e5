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
public sealed class DemarcheScope(DiagnosticDbContext db, ComiteAccess comites)
{
    public IQueryable<Data.Entities.Demarche> Visible(ClaimsPrincipal user)
    {
        var all = db.Demarches.Include(d => d.Territory);
        if (ComiteAccess.IsOrganizer(user)) return all;
        var seated = comites.Visible(user);
        return all.Where(d => seated.Any(c => c.TerritoryId == d.TerritoryId || c.Territory!.ParentId == d.TerritoryId));
    }

    public IQueryable<Collecte> Collectes(Data.Entities.Demarche demarche) =>
        db.Collectes.Where(c => c.TerritoryId == demarche.TerritoryId || c.Territory!.ParentId == demarche.TerritoryId);

    public IQueryable<ComiteCycle> Cycles(Data.Entities.Demarche demarche) =>
        db.ComiteCycles.Include(c => c.Comite).Include(c => c.FocusTerritory)
            .Where(c => c.Comite!.TerritoryId == demarche.TerritoryId || c.Comite.Territory!.ParentId == demarche.TerritoryId);
}
