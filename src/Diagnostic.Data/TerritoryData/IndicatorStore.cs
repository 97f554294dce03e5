using Diagnostic.Core.Territories.Indicators;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.TerritoryData;

/// <summary>A territory and its neighbourhoods: the codes an indicator or boundary file may name.</summary>
public sealed record TerritoryScope(int Id, string Code, string Name, IReadOnlyList<(int Id, string Code, string Name)> Neighbourhoods)
{
    /// <summary>The territory's code first, then its neighbourhoods'.</summary>
    public IReadOnlyList<string> Codes => [Code, .. Neighbourhoods.Select(n => n.Code)];

    public static async Task<TerritoryScope?> FindAsync(DiagnosticDbContext db, string code, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().Include(t => t.Children).SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
        return territory is null ? null : new TerritoryScope(territory.Id, territory.Code, territory.Name,
            territory.Children.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => (c.Id, c.Code, c.Name)).ToList());
    }
}

/// <summary>
/// The indicators of a territory and its neighbourhoods. An import replaces all of them at once, or, when the file
/// has any problem, changes nothing.
/// </summary>
public sealed class IndicatorStore(DiagnosticDbContext db)
{
    public static IndicatorReadResult Check(byte[] content, string fileName, TerritoryScope scope) =>
        IndicatorCsvReader.Read(content, fileName, scope.Codes);

    public async Task<IndicatorReadResult> ImportAsync(TerritoryScope scope, byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var read = Check(content, fileName, scope);
        if (read.Rows is not { } rows) return read;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal) { [scope.Code] = scope.Id };
        foreach (var n in scope.Neighbourhoods) ids[n.Code] = n.Id;
        var idList = ids.Values.ToList();
        // One SaveChanges: the old indicators go and the new ones come in the same transaction.
        db.TerritoryIndicators.RemoveRange(await db.TerritoryIndicators.Where(i => idList.Contains(i.TerritoryId)).ToListAsync(cancellationToken));
        db.TerritoryIndicators.AddRange(rows.Select(r => new TerritoryIndicator
        {
            TerritoryId = ids[r.Code], Indicator = r.Indicator, Value = r.Value, Unit = r.Unit, Source = r.Source, Year = r.Year,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return read;
    }

    /// <summary>The indicators of these territories, by territory id, in the order they were imported.</summary>
    public async Task<ILookup<int, TerritoryIndicator>> ForAsync(IReadOnlyCollection<int> territoryIds, CancellationToken cancellationToken) =>
        (await db.TerritoryIndicators.AsNoTracking().Where(i => territoryIds.Contains(i.TerritoryId)).OrderBy(i => i.Id).ToListAsync(cancellationToken))
            .ToLookup(i => i.TerritoryId);
}
