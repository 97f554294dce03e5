using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace Diagnostic.Web.Pages.Comite.Seances;

/// <summary>A séance as the signed-in person may use it: its year and comité, and whether she may change it.</summary>
public sealed record SeanceScope(Seance Seance, ComiteCycle Cycle, Data.Entities.Comite Comite, bool IsOrganizer)
{
    /// <summary>Organisatrices change a séance of an open year; a closed year is never edited.</summary>
    public bool CanManage => IsOrganizer && !Cycle.IsClosed;
}

/// <summary>Finds a séance among those of the comités the person may open (null: a 404 for the caller).</summary>
public sealed class SeanceFinder(DiagnosticDbContext db, ComiteAccess access)
{
    /// <summary>The séance, whichever comité it belongs to, if the person may see that comité.</summary>
    public async Task<SeanceScope?> FindAsync(ClaimsPrincipal user, int seanceId, CancellationToken cancellationToken)
    {
        var seance = await db.Seances.Include(s => s.Cycle!).ThenInclude(c => c.Comite!).ThenInclude(c => c.Territory)
            .SingleOrDefaultAsync(s => s.Id == seanceId, cancellationToken);
        if (seance is null || !await access.CanSeeComiteAsync(user, seance.Cycle!.ComiteId, cancellationToken)) return null;
        return new SeanceScope(seance, seance.Cycle, seance.Cycle.Comite!, ComiteAccess.IsOrganizer(user));
    }
}
