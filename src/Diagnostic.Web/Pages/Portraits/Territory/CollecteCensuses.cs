using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Data;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>The census imported for a portrait's collecte, read again by Core's reader; null when none (or no longer valid).</summary>
public static class CollecteCensuses
{
    public static async Task<Census?> LoadAsync(DiagnosticDbContext db, PortraitCollecte collecte, CancellationToken cancellationToken)
    {
        var stored = await db.CollecteCensuses.AsNoTracking().Where(c => c.CollecteId == collecte.CollecteId)
            .Select(c => new { c.FileName, c.Csv }).SingleOrDefaultAsync(cancellationToken);
        if (stored is null) return null;
        var known = collecte.Neighbourhoods.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        return CensusReader.ReadText(stored.Csv, stored.FileName, collecte.Questionnaire, known).Census;
    }
}
