using Diagnostic.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Demarche;

/// <summary>Creates a démarche (one per territory) or changes its name, coordonnatrice ou coordonnateur and public words.</summary>
public sealed class DemarcheEditor(DiagnosticDbContext db, IStringLocalizer<DemarcheText> words)
{
    public async Task<(int? Id, string? Refusal)> CreateAsync(int territoryId, string? name, string? coordinator, string? intro, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken)) return (null, words["Error.Territory"]);
        if (string.IsNullOrWhiteSpace(name)) return (null, words["Error.Name"]);
        if (await db.Demarches.Where(d => d.TerritoryId == territoryId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) is { } existing)
            return (null, words["Error.OnePerTerritory", existing]);
        var demarche = db.Demarches.Add(new Data.Entities.Demarche
        {
            TerritoryId = territoryId, Name = name.Trim(), CoordinatorName = coordinator?.Trim() ?? "", PublicIntro = intro?.Trim() ?? "",
        }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return (demarche.Id, null);
    }

    public async Task<string?> UpdateAsync(Data.Entities.Demarche demarche, string? name, string? coordinator, string? intro, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name)) return words["Error.Name"];
        demarche.Name = name.Trim();
        demarche.CoordinatorName = coordinator?.Trim() ?? "";
        demarche.PublicIntro = intro?.Trim() ?? "";
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
