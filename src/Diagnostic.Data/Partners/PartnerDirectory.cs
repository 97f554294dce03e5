using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Partners;

/// <summary>The directory of partner organisations: list, add one, import a CSV (all or nothing).</summary>
public sealed class PartnerDirectory(DiagnosticDbContext db, TimeProvider clock)
{
    public Task<List<PartnerOrganisation>> ListAsync(CancellationToken ct) =>
        db.PartnerOrganisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);

    public async Task<IReadOnlySet<string>> TerritoryCodesAsync(CancellationToken ct) =>
        (await db.Territories.Select(t => t.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Reads the CSV and, when it has no error, adds its organisations in one transaction; an organisation already in
    /// the directory (same name, any case) is updated, so importing the same file twice changes nothing more.
    /// </summary>
    public async Task<(int Added, int Updated, List<PartnerCsvError> Errors)> ImportAsync(byte[] content, CancellationToken ct)
    {
        var (rows, errors) = PartnerCsvReader.Read(content, await TerritoryCodesAsync(ct));
        if (errors.Count > 0) return (0, 0, errors);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = (await db.PartnerOrganisations.ToListAsync(ct))
            .ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);
        var added = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Name, out var organisation))
            {
                organisation = new PartnerOrganisation { Name = row.Name, CreatedAt = clock.GetUtcNow() };
                db.PartnerOrganisations.Add(organisation);
                added++;
            }
            organisation.Network = row.Network;
            organisation.Sector = row.Sector;
            organisation.NeighbourhoodsServed = string.Join('|', row.Neighbourhoods);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (added, rows.Count - added, []);
    }
}
