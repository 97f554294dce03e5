using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Organisations;

/// <summary>
/// Whether an organisation works on a comité's territory: one of the territories it serves is that territory, a place
/// inside it (a neighbourhood organisation on a town's comité) or a place containing it (a regional one). An
/// organisation that states no territory serves none, so the directory has to say where it works.
/// </summary>
public sealed class OrganisationTerritory(DiagnosticDbContext db)
{
    public async Task<bool> ServesAsync(PartnerOrganisation organisation, int territoryId, CancellationToken cancellationToken)
    {
        var served = organisation.ServedCodes;
        if (served.Count == 0) return false;
        var related = await RelatedCodesAsync(territoryId, cancellationToken);
        return served.Any(related.Contains);
    }

    /// <summary>The démarche's organisations: those working on the comité's territory (as <see cref="ServesAsync"/>), by name.</summary>
    public async Task<IReadOnlyList<PartnerOrganisation>> ServingAsync(int territoryId, CancellationToken cancellationToken)
    {
        var related = await RelatedCodesAsync(territoryId, cancellationToken);
        var all = await db.PartnerOrganisations.AsNoTracking().ToListAsync(cancellationToken);
        return all.Where(o => o.ServedCodes.Any(related.Contains))
            .OrderBy(o => o.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-CA"), true)).ToList();
    }

    /// <summary>The territory's code, its ancestors' and its descendants' (the hierarchy is small: walked in memory).</summary>
    public async Task<IReadOnlySet<string>> RelatedCodesAsync(int territoryId, CancellationToken cancellationToken)
    {
        var all = await db.Territories.AsNoTracking().Select(t => new { t.Id, t.ParentId, t.Code }).ToListAsync(cancellationToken);
        var byId = all.ToDictionary(t => t.Id);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (int? id = territoryId; id is { } current && byId.TryGetValue(current, out var place); id = place.ParentId)
            codes.Add(place.Code);
        var children = all.Where(t => t.ParentId is not null).ToLookup(t => t.ParentId!.Value);
        var queue = new Queue<int>([territoryId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id])
                if (codes.Add(child.Code)) queue.Enqueue(child.Id);
        }
        return codes;
    }
}
