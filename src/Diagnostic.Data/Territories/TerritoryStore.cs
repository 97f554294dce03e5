using Diagnostic.Core.Territories;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using TerritoryEntity = Diagnostic.Data.Entities.Territory;

namespace Diagnostic.Data.Territories;

/// <summary>
/// The territory hierarchy in the database. An import is all-or-nothing: a file with any error changes nothing;
/// a valid file adds its new codes and updates the territories whose code already exists (name, parent,
/// population), because organisers re-import a corrected list far more often than they mean to keep a stale one.
/// Territories absent from the file are left as they are (collectes may point at them).
/// </summary>
public sealed class TerritoryStore(DiagnosticDbContext db)
{
    public const int MaxWordLength = 40;

    /// <summary>The whole hierarchy as a checked Core tree (empty list when there is no territory).</summary>
    public async Task<(TerritoryTree? Tree, List<TerritoryEntity> Entities)> LoadAsync(CancellationToken cancellationToken)
    {
        var all = await db.Territories.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        if (all.Count == 0) return (null, all);
        var byId = all.ToDictionary(t => t.Id);
        var rows = all.Select(t => new TerritoryRow(t.Id, t.Code, t.Name,
            t.ParentId is { } p ? byId[p].Code : null, t.Population));
        // The database was written through this store, so a tree that does not build is a bug.
        var tree = TerritoryTree.Build(rows, "database").Tree
            ?? throw new InvalidOperationException("The stored territories do not form a tree.");
        return (tree, all);
    }

    public async Task<TerritoryImportResult> ImportAsync(TerritoryReadResult read, CancellationToken cancellationToken)
    {
        if (read.Tree is not { } tree) return TerritoryImportResult.Failed(read.Errors);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Territories.ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
        var added = new List<string>();
        var updated = new List<string>();
        foreach (var territory in tree.Territories)
        {
            if (existing.TryGetValue(territory.Code, out var entity))
            {
                entity.Name = territory.Name;
                entity.Population = territory.Population;
                updated.Add(territory.Code);
            }
            else
            {
                entity = new TerritoryEntity { Code = territory.Code, Name = territory.Name, Population = territory.Population };
                db.Territories.Add(entity);
                existing[territory.Code] = entity;
                added.Add(territory.Code);
            }
        }
        foreach (var territory in tree.Territories)
        {
            var entity = existing[territory.Code];
            entity.Parent = territory.ParentCode is { } parent ? existing[parent] : null;
            if (entity.Parent is null) entity.ParentId = null;
            entity.Level = LevelOf(tree, territory);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new TerritoryImportResult(added, updated, []);
    }

    /// <summary>Creates or edits one territory; returns the refused fields, or nothing when saved.</summary>
    public async Task<IReadOnlyList<TerritoryFieldError>> SaveAsync(TerritoryInput input, CancellationToken cancellationToken)
    {
        var all = await db.Territories.ToListAsync(cancellationToken);
        var errors = Check(input, all);
        var self = input.Id is { } selfId ? all.SingleOrDefault(t => t.Id == selfId) : null;
        if (errors.Count == 0 && self is not null && self.Code != input.Code.Trim()
            && await CodeInUseAsync(self, cancellationToken) is { } inUse)
        {
            errors.Add(inUse);
        }
        if (errors.Count > 0) return errors;
        var entity = input.Id is { } id ? all.Single(t => t.Id == id) : new TerritoryEntity { Code = input.Code, Name = input.Name };
        if (input.Id is null) db.Territories.Add(entity);
        entity.Code = input.Code.Trim();
        entity.Name = input.Name.Trim();
        entity.Population = input.Population;
        entity.NeighbourhoodWord = input.NeighbourhoodWord.Trim();
        entity.Parent = input.ParentCode is { Length: > 0 } parent ? all.Single(t => t.Code == parent) : null;
        if (entity.Parent is null) entity.ParentId = null;
        await db.SaveChangesAsync(cancellationToken);
        await RecomputeLevelsAsync(cancellationToken);
        return [];
    }

    private static List<TerritoryFieldError> Check(TerritoryInput input, List<TerritoryEntity> all)
    {
        var errors = new List<TerritoryFieldError>();
        var self = input.Id is { } id ? all.SingleOrDefault(t => t.Id == id) : null;
        var code = input.Code?.Trim() ?? "";
        // A code kept as it is is not checked again: one imported before the rule must not block every later edit.
        if (self is null || code != self.Code)
        {
            if (!TerritoryCodes.IsValid(code)) errors.Add(new("Code", "Territory.CodeInvalid"));
            else if (code == "ALL") errors.Add(new("Code", "Territory.CodeReserved"));
            else if (all.Any(t => t.Code == code && t != self)) errors.Add(new("Code", "Territory.CodeTaken", code));
        }
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > TerritoryCodes.MaxNameLength) errors.Add(new("Name", "Territory.NameRequired"));
        if (input.Population is < 0) errors.Add(new("Population", "Territory.PopulationInvalid"));
        if (string.IsNullOrWhiteSpace(input.NeighbourhoodWord) || input.NeighbourhoodWord.Trim().Length > MaxWordLength)
            errors.Add(new("NeighbourhoodWord", "Territory.WordRequired"));
        if (input.ParentCode is { Length: > 0 } parentCode)
        {
            var parent = all.SingleOrDefault(t => t.Code == parentCode);
            if (parent is null) errors.Add(new("ParentCode", "Territory.ParentUnknown", parentCode));
            else if (self is not null && IsUnder(parent, self, all)) errors.Add(new("ParentCode", "Territory.ParentCycle", parentCode));
        }
        return errors;
    }

    /// <summary>
    /// Why the territory's code may no longer change, or null. Answers, partner lists and comité targets keep the code
    /// as text, so a new code would silently detach them from the territory.
    /// </summary>
    private async Task<TerritoryFieldError?> CodeInUseAsync(TerritoryEntity territory, CancellationToken cancellationToken)
    {
        var code = territory.Code;
        var collecte = await db.Collectes
            .Where(c => c.TerritoryId == territory.Id || c.Neighbourhoods.Any(n => n.TerritoryId == territory.Id))
            .OrderBy(c => c.Id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Responses.Where(r => r.NeighbourhoodCode == code)
                .OrderBy(r => r.Id).Select(r => r.Collecte!.Name).FirstOrDefaultAsync(cancellationToken);
        if (collecte is not null) return new("Code", "Territory.CodeUsedByCollecte", collecte);
        var partners = await db.PartnerOrganisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        if (partners.FirstOrDefault(o => o.ServedCodes.Contains(code)) is { } partner)
            return new("Code", "Territory.CodeUsedByPartner", partner.Name);
        var target = await db.CandidateTargets.Where(t => t.Neighbourhood == code)
                .OrderBy(t => t.Id).Select(t => t.Wording).FirstOrDefaultAsync(cancellationToken)
            ?? (await db.ChosenTargets.AsNoTracking().ToListAsync(cancellationToken))
                .FirstOrDefault(t => t.Neighbourhoods.Contains(code) || t.IndicatorNeighbourhood == code)?.Wording;
        return target is null ? null : new("Code", "Territory.CodeUsedByTarget", target);
    }

    /// <summary>Whether <paramref name="candidate"/> is <paramref name="ancestor"/> or below it.</summary>
    private static bool IsUnder(TerritoryEntity candidate, TerritoryEntity ancestor, List<TerritoryEntity> all)
    {
        for (TerritoryEntity? t = candidate; t is not null; t = all.SingleOrDefault(x => x.Id == t.ParentId))
        {
            if (t.Id == ancestor.Id) return true;
        }
        return false;
    }

    private async Task RecomputeLevelsAsync(CancellationToken cancellationToken)
    {
        var (tree, _) = await LoadAsync(cancellationToken);
        if (tree is null) return;
        var tracked = await db.Territories.ToListAsync(cancellationToken);
        foreach (var entity in tracked) entity.Level = LevelOf(tree, tree[entity.Code]);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Leaves are neighbourhoods; a territory whose children are all leaves is a city; above that, a region.</summary>
    public static TerritoryLevel LevelOf(TerritoryTree tree, TerritoryNode territory)
    {
        if (tree.IsLeaf(territory.Code)) return TerritoryLevel.Neighbourhood;
        return tree.ChildrenOf(territory.Code).All(c => tree.IsLeaf(c.Code)) ? TerritoryLevel.City : TerritoryLevel.Region;
    }
}
