using Diagnostic.Data.Collectes;
using Diagnostic.Data;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>Finds the collecte behind a public code; null when unknown or not open for answers.</summary>
public sealed class CollecteLoader(DiagnosticDbContext db, SnapshotQuestionnaires snapshots, TimeProvider clock)
{
    public async Task<AnswerCollecte?> LoadOpenAsync(string code, CancellationToken cancellationToken)
    {
        var collecte = await db.Collectes.AsNoTracking()
            .Include(s => s.Territory)
            .Include(s => s.Snapshot)
            .Include(s => s.Neighbourhoods).ThenInclude(n => n.Territory)
            .SingleOrDefaultAsync(s => s.PublicCode == code, cancellationToken);
        if (collecte is null || !collecte.IsOpenAt(clock.GetUtcNow())) return null;
        var neighbourhoods = collecte.Neighbourhoods
            .Select(n => new AnswerNeighbourhood(n.Territory!.Code, n.Territory.Name))
            .OrderBy(n => n.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), true))
            .ToList();
        return new AnswerCollecte(
            collecte,
            snapshots.Get(collecte.Snapshot!),
            collecte.Territory!.Name,
            collecte.Territory.NeighbourhoodWord,
            neighbourhoods);
    }
}
