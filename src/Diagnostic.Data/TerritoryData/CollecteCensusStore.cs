using System.Text;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.TerritoryData;

/// <summary>
/// The census file of a collecte's weighted portrait: checked by Core's <see cref="CensusReader"/> against the
/// collecte's questionnaire and neighbourhoods, then stored whole, replacing the previous one, or refused whole.
/// Beyond the reader's checks, every neighbourhood of the collecte must have a row for each code (a neighbourhood
/// without them could not be weighted once its answers arrive).
/// </summary>
public sealed class CollecteCensusStore(DiagnosticDbContext db, TimeProvider clock)
{
    public static CensusReadResult Check(byte[] content, string fileName, ExchangeCollecte collecte)
    {
        var read = CensusReader.Read(content, fileName, collecte.Questionnaire, collecte.Neighbourhoods);
        if (read.Census is not { } census) return read;
        var missing = CensusCoverage.Check(census, collecte.Neighbourhoods);
        return missing.Count > 0 ? new CensusReadResult(null, missing) : read;
    }

    public async Task<CensusReadResult> ImportAsync(ExchangeCollecte collecte, byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var read = Check(content, fileName, collecte);
        if (read.Census is not { } census) return read;
        // One SaveChanges: the old census goes and the new one comes in the same transaction.
        db.CollecteCensuses.RemoveRange(await db.CollecteCensuses.Where(c => c.CollecteId == collecte.Id).ToListAsync(cancellationToken));
        db.CollecteCensuses.Add(new CollecteCensus
        {
            CollecteId = collecte.Id,
            FileName = fileName,
            QuestionId = census.QuestionId,
            // Checked as strict UTF-8 above; a BOM is dropped so the stored text reads back the same.
            Csv = new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF'),
            ImportedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return read;
    }

    public Task<CollecteCensus?> FindAsync(int collecteId, CancellationToken cancellationToken) =>
        db.CollecteCensuses.AsNoTracking().SingleOrDefaultAsync(c => c.CollecteId == collecteId, cancellationToken);
}
