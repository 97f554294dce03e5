using Diagnostic.Data.Collectes;
using Diagnostic.Data;
using Diagnostic.Data.Querying;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.PublicBilan;

/// <summary>
/// The droit de suite link, in plain words, on the citizens' pages (home, thank-you, public portrait): where anyone
/// reads what the comité chose to do and what was done: the démarche's public page (/suivi/…, every year's cibles,
/// activités and bilans) where the territory has a démarche, otherwise the public bilan of the comité's latest year.
/// </summary>
public sealed class PublicFollowUpViewComponent(DiagnosticDbContext db) : ViewComponent
{
    /// <param name="YearLabel">Null for a démarche's page, which holds every year.</param>
    public sealed record Link(string Href, string TerritoryName, string? YearLabel);

    /// <summary>What a page shows: the lead sentence's resource key and the links (none yet: a promise instead).</summary>
    public sealed record Model(string LeadKey, IReadOnlyList<Link> Links);

    /// <summary>The public page of a comité's year on a territory (two comités of one territory may share a year's label).</summary>
    public static string Href(string territoryCode, string yearLabel, int comiteId) =>
        $"/bilan/{Uri.EscapeDataString(territoryCode)}/{Uri.EscapeDataString(yearLabel)}/{comiteId}";

    /// <summary>The public page of a territory's démarche.</summary>
    public static string DemarcheHref(string territoryCode) => $"/suivi/{Uri.EscapeDataString(territoryCode)}";

    private sealed record DemarcheRow(int TerritoryId, string Code, string Name);

    private sealed record CycleRow(int Id, int ComiteId, int TerritoryId, string YearLabel, string Code, string Name);

    // Compiled (issue 16): every submission's thank-you page and the home page run both.
    private static readonly PerModelQuery<Func<DiagnosticDbContext, int?, IAsyncEnumerable<DemarcheRow>>> DemarchesOf = new(() =>
        EF.CompileAsyncQuery((DiagnosticDbContext db, int? territoryId) => db.Demarches.AsNoTracking()
            .Where(d => territoryId == null || d.TerritoryId == territoryId)
            .Select(d => new DemarcheRow(d.TerritoryId, d.Territory!.Code, d.Territory.Name))));

    private static readonly PerModelQuery<Func<DiagnosticDbContext, int?, IAsyncEnumerable<CycleRow>>> CyclesOf = new(() =>
        EF.CompileAsyncQuery((DiagnosticDbContext db, int? territoryId) => db.ComiteCycles.AsNoTracking()
            .Where(c => territoryId == null || c.Comite!.TerritoryId == territoryId)
            .Select(c => new CycleRow(c.Id, c.ComiteId, c.Comite!.TerritoryId, c.YearLabel, c.Comite.Territory!.Code, c.Comite.Territory.Name))));

    private async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(HttpContext.RequestAborted)) list.Add(row);
        return list;
    }

    /// <param name="territoryId">The collecte's territory; null for every territory (home page).</param>
    /// <param name="leadKey">The CitizenText sentence before the links.</param>
    public async Task<IViewComponentResult> InvokeAsync(int? territoryId, string leadKey)
    {
        var demarches = await ListAsync(DemarchesOf.For(db)(db, territoryId));
        var withDemarche = demarches.Select(d => d.TerritoryId).ToHashSet();
        var cycles = await ListAsync(CyclesOf.For(db)(db, territoryId));
        // The latest year of each comité without a démarche page: the one a citizen wants to read first.
        var bilans = cycles.Where(c => !withDemarche.Contains(c.TerritoryId)).GroupBy(c => c.ComiteId)
            .Select(g => g.MaxBy(c => c.Id)!)
            .Select(c => new Link(Href(c.Code, c.YearLabel, c.ComiteId), c.Name, c.YearLabel));
        var links = demarches.Select(d => new Link(DemarcheHref(d.Code), d.Name, null)).Concat(bilans)
            .OrderBy(l => l.TerritoryName, CollecteLoading.NameOrder)
            .ToList();
        return View(new Model(leadKey, links));
    }
}
