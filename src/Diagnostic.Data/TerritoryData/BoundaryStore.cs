using System.Text.Json;
using Diagnostic.Core.Maps;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Diagnostic.Data.TerritoryData;

/// <summary>
/// The neighbourhood boundaries of a territory, for its maps. An import replaces the outlines of the territory's
/// neighbourhoods at once, or, when the file has any problem, changes nothing.
/// </summary>
public sealed class BoundaryStore(DiagnosticDbContext db)
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static BoundaryReadResult Check(byte[] content, string fileName, string codeProperty, TerritoryScope scope) =>
        BoundaryReader.Read(content, fileName, codeProperty, scope.Neighbourhoods.Select(n => n.Code).ToHashSet(StringComparer.Ordinal));

    public async Task<BoundaryReadResult> ImportAsync(TerritoryScope scope, byte[] content, string fileName, string codeProperty, CancellationToken cancellationToken)
    {
        var read = Check(content, fileName, codeProperty, scope);
        if (read.Shapes is not { } shapes) return read;
        var ids = scope.Neighbourhoods.ToDictionary(n => n.Code, n => n.Id, StringComparer.Ordinal);
        var idList = ids.Values.ToList();
        // One SaveChanges: the old outlines go and the new ones come in the same transaction.
        db.NeighbourhoodBoundaries.RemoveRange(await db.NeighbourhoodBoundaries.Where(b => idList.Contains(b.TerritoryId)).ToListAsync(cancellationToken));
        db.NeighbourhoodBoundaries.AddRange(shapes.Select(s => new NeighbourhoodBoundary { TerritoryId = ids[s.Code], GeoJson = s.GeoJson }));
        await db.SaveChangesAsync(cancellationToken);
        return read;
    }

    /// <summary>The stored outlines of these neighbourhood codes, by code (checked at import, so they parse).</summary>
    public async Task<IReadOnlyDictionary<string, Geometry>> ForAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var stored = await db.NeighbourhoodBoundaries.AsNoTracking().Where(b => codes.Contains(b.Territory!.Code))
            .Select(b => new { b.Territory!.Code, b.GeoJson }).ToListAsync(cancellationToken);
        return stored.ToDictionary(b => b.Code, b => JsonSerializer.Deserialize<Geometry>(b.GeoJson, GeoJson)!, StringComparer.Ordinal);
    }
}
