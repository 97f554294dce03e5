using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Bilan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.PublicBilan;

/// <summary>
/// The citizens' summary of a comité year (droit de suite): only the targets the comité made public, their
/// actions' status and what was done, the measured change, and once one target is public, the démarche's own bilan
/// (séances, organisations and citizens mobilised, new partnerships). Never a comment, an internal note or a log.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(DiagnosticDbContext db, BilanReader reader, BilanProcess process) : PageModel
{
    public ComiteCycle Cycle { get; private set; } = null!;
    public IReadOnlyList<TargetBilan> Targets { get; private set; } = [];

    /// <summary>Null until the comité has made a target of the year public (the bilan is not published before).</summary>
    public BilanProcess.View? Process { get; private set; }

    public async Task<IActionResult> OnGetAsync(string territory, string year, int? comite, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(territory, year, comite, cancellationToken)) return NotFound();
        if (Targets.Count > 0) Process = await process.ReadAsync(Cycle, cancellationToken);
        return Page();
    }

    /// <summary>A public target's indicator across collectes, drawn for one page width; a target not made public is not found.</summary>
    public async Task<IActionResult> OnGetTrendAsync(string territory, string year, int? comite, int target, int? largeur, CancellationToken cancellationToken) =>
        await LoadAsync(territory, year, comite, cancellationToken) && Targets.FirstOrDefault(t => t.Plan.Target.Id == target)?.Trend is { } trend
            ? Shared.ChartFile.Svg(trend, largeur)
            : NotFound();

    /// <summary>
    /// The year of the comité in the address; an address without it (older links) takes the territory's comité whose
    /// bilan of that year is published, the oldest comité first.
    /// </summary>
    private async Task<bool> LoadAsync(string territory, string year, int? comite, CancellationToken cancellationToken)
    {
        var cycle = await db.ComiteCycles.AsNoTracking().Include(c => c.Comite!).ThenInclude(c => c.Territory)
            .Where(c => c.YearLabel == year && c.Comite!.Territory!.Code == territory && (comite == null || c.ComiteId == comite))
            .OrderByDescending(c => db.TargetReviews.Any(r => r.IsPublic && r.Target!.CycleId == c.Id))
            .ThenBy(c => c.ComiteId)
            .FirstOrDefaultAsync(cancellationToken);
        if (cycle is null)
            return false;
        Cycle = cycle;
        var view = await reader.ReadAsync(cycle, null, cancellationToken, publicOnly: true);
        Targets = view.Targets.Where(t => t.Review is { IsPublic: true }).ToList();
        return true;
    }
}
