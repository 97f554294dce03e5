using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Data;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>The census imported for a collecte, its stored id naming it in cache keys (a new import has a new id).</summary>
public sealed record ImportedCensus(int Id, Census Census);

/// <summary>The census imported for a portrait's collecte, read again by Core's reader; null when none (or no longer valid).</summary>
public static class CollecteCensuses
{
    public static async Task<Census?> LoadAsync(DiagnosticDbContext db, PortraitCollecte collecte, CancellationToken cancellationToken) =>
        (await FindAsync(db, collecte, cancellationToken))?.Census;

    public static async Task<ImportedCensus?> FindAsync(DiagnosticDbContext db, PortraitCollecte collecte, CancellationToken cancellationToken)
    {
        var stored = await db.CollecteCensuses.AsNoTracking().Where(c => c.CollecteId == collecte.CollecteId)
            .Select(c => new { c.Id, c.FileName, c.Csv }).SingleOrDefaultAsync(cancellationToken);
        if (stored is null) return null;
        var known = collecte.Neighbourhoods.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        return CensusReader.ReadText(stored.Csv, stored.FileName, collecte.Questionnaire, known).Census is { } census
            ? new ImportedCensus(stored.Id, census)
            : null;
    }
}
