using Diagnostic.Data;
using Diagnostic.Web.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>Finds the collecte behind a public code; null when unknown or not open for answers.</summary>
public sealed class CollecteLoader(DiagnosticDbContext db, SnapshotQuestionnaires snapshots, TimeProvider clock)
{
    public async Task<Collecte?> LoadOpenAsync(string code, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking()
            .Include(s => s.Territory)
            .Include(s => s.Snapshot)
            .Include(s => s.Neighbourhoods).ThenInclude(n => n.Territory)
            .SingleOrDefaultAsync(s => s.PublicCode == code, cancellationToken);
        if (session is null || !session.IsOpenAt(clock.GetUtcNow())) return null;
        var neighbourhoods = session.Neighbourhoods
            .Select(n => new CollecteNeighbourhood(n.Territory!.Code, n.Territory.Name))
            .OrderBy(n => n.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), true))
            .ToList();
        return new Collecte(
            session,
            snapshots.Get(session.Snapshot!),
            session.Territory!.Name,
            session.Territory.NeighbourhoodWord,
            neighbourhoods);
    }
}
