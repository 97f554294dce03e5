using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Organisations;

/// <summary>
/// Turns an organisation's name, as typed on the plan (porteur, commitment), into its directory entry: the entry of that
/// name (any case), or a new one serving the comité's territory, as the Organisations migration did for older names.
/// A commitment by a known organisation that does not work on the comité's territory is refused, with the reason.
/// </summary>
public sealed class OrganisationResolver(
    DiagnosticDbContext db, OrganisationTerritory territory, Today today, IStringLocalizer<ConcertationText> messages)
{
    public async Task<(PartnerOrganisation? Organisation, string? Refusal)> ForCommitmentAsync(
        string name, int comiteTerritoryId, CancellationToken cancellationToken)
    {
        var organisation = await FindOrCreateAsync(name, comiteTerritoryId, cancellationToken);
        if (organisation is null || await territory.ServesAsync(organisation, comiteTerritoryId, cancellationToken))
            return (organisation, null);
        var place = await db.Territories.Where(t => t.Id == comiteTerritoryId).Select(t => t.Name).SingleAsync(cancellationToken);
        var served = organisation.ServedCodes.Count == 0 ? messages["Territory.None"].Value : string.Join(", ", organisation.ServedCodes);
        return (null, messages["Commitment.OutsideTerritory", organisation.Name, place, served]);
    }

    /// <summary>The entry of that name, or a new one serving the territory; null for an empty name.</summary>
    public async Task<PartnerOrganisation?> FindOrCreateAsync(string name, int comiteTerritoryId, CancellationToken cancellationToken)
    {
        var words = name.Trim();
        if (words.Length == 0) return null;
        // Compared in memory: SQLite's lower() folds ASCII only, and a directory holds tens of organisations.
        var found = (await db.PartnerOrganisations.ToListAsync(cancellationToken))
            .FirstOrDefault(o => string.Equals(o.Name, words, StringComparison.OrdinalIgnoreCase));
        if (found is not null) return found;
        var code = await db.Territories.Where(t => t.Id == comiteTerritoryId).Select(t => t.Code).SingleAsync(cancellationToken);
        var created = new PartnerOrganisation
        {
            Name = words, Network = PartnerNetwork.Communautaire, NeighbourhoodsServed = code, CreatedAt = today.Now,
        };
        db.PartnerOrganisations.Add(created);
        return created;
    }
}
