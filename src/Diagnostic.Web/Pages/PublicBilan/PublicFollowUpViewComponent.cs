using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.PublicBilan;

/// <summary>
/// The droit de suite link, in plain words, on the citizens' pages (home, thank-you, public portrait): where anyone
/// reads what the comité chose to do and what was done. Today that is the public bilan of the comité's latest year;
/// when the démarche gets its own public page, <see cref="Href"/> is the one place to switch.
/// </summary>
public sealed class PublicFollowUpViewComponent(DiagnosticDbContext db) : ViewComponent
{
    public sealed record Link(string Href, string TerritoryName, string YearLabel);

    /// <summary>What a page shows: the lead sentence's resource key and the links (none yet: a promise instead).</summary>
    public sealed record Model(string LeadKey, IReadOnlyList<Link> Links);

    /// <summary>The public page of a comité's year on a territory.</summary>
    public static string Href(string territoryCode, string yearLabel) =>
        $"/bilan/{Uri.EscapeDataString(territoryCode)}/{Uri.EscapeDataString(yearLabel)}";

    /// <param name="territoryId">The collecte's territory; null for every territory (home page).</param>
    /// <param name="leadKey">The CitizenText sentence before the links.</param>
    public async Task<IViewComponentResult> InvokeAsync(int? territoryId, string leadKey)
    {
        var cycles = await db.ComiteCycles.AsNoTracking()
            .Where(c => territoryId == null || c.Comite!.TerritoryId == territoryId)
            .Select(c => new { c.Id, c.ComiteId, c.YearLabel, Code = c.Comite!.Territory!.Code, Name = c.Comite.Territory.Name })
            .ToListAsync(HttpContext.RequestAborted);
        // The latest year of each comité: the one a citizen wants to read first.
        var links = cycles.GroupBy(c => c.ComiteId)
            .Select(g => g.MaxBy(c => c.Id)!)
            .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), true))
            .Select(c => new Link(Href(c.Code, c.YearLabel), c.Name, c.YearLabel))
            .ToList();
        return View(new Model(leadKey, links));
    }
}
