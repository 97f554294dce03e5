using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>The comités the person may open; an organisatrice also creates one for a territory.</summary>
public sealed class IndexModel(
    DiagnosticDbContext db, ComiteAccess access, CollecteAccess collectes, ComiteTerritories territories, ComiteEditor editor,
    Organisations.Today today)
    : PageModel
{
    public sealed record Row(int Id, string Name, string Territory, int Members, string? OpenYear);

    public sealed record YearRow(int CycleId, int ComiteId, string Comite, string YearLabel, string TerritoryCode);

    public sealed record PortraitRow(string Code, string Name);

    /// <summary>A place a comité may be created for; a community (neighbourhood) reads with its town's name.</summary>
    public sealed record TerritoryOption(int Id, string Name);

    public IReadOnlyList<Row> Comites { get; private set; } = [];
    public IReadOnlyList<TerritoryOption> Territories { get; private set; } = [];
    public IReadOnlyList<YearRow> Years { get; private set; } = [];
    public IReadOnlyList<PortraitRow> Portraits { get; private set; } = [];
    public bool IsOrganizer => ComiteAccess.IsOrganizer(User);
    public string? Error { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int TerritoryId { get; set; }
    [BindProperty] public ComiteKind Kind { get; set; }
    [BindProperty] public string? Mandate { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsOrganizer) return Forbid();
        var (comiteId, refusal) = await editor.CreateAsync(Name, TerritoryId, Kind, Mandate, cancellationToken);
        if (comiteId is null)
        {
            Error = refusal;
            await LoadAsync(cancellationToken);
            return Page();
        }
        return RedirectToPage("Details", new { comiteId });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var day = today.Date;
        Comites = await access.Visible(User).AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new Row(c.Id, c.Name, c.Territory!.Name, c.Members.Count(m => m.StartDate <= day && (m.EndDate == null || m.EndDate >= day)),
                c.Cycles.Where(y => y.Status == ComiteCycleStatus.Open).OrderByDescending(y => y.YearLabel).Select(y => y.YearLabel).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        Years = await access.Visible(User).AsNoTracking().SelectMany(c => c.Cycles)
            .OrderBy(y => y.Comite!.Name).ThenByDescending(y => y.YearLabel)
            .Select(y => new YearRow(y.Id, y.ComiteId, y.Comite!.Name, y.YearLabel, y.Comite.Territory!.Code))
            .ToListAsync(cancellationToken);
        Portraits = await (await PortraitCollectesAsync(cancellationToken)).AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new PortraitRow(s.PublicCode, s.Name)).ToListAsync(cancellationToken);
        if (IsOrganizer)
        {
            // Every level, communities included: a comité may be created for one community (issue 14).
            Territories = await db.Territories.AsNoTracking().OrderBy(t => t.Level).ThenBy(t => t.Name)
                .Select(t => new TerritoryOption(t.Id, t.Parent == null || t.Level != TerritoryLevel.Neighbourhood ? t.Name : t.Name + " (" + t.Parent.Name + ")"))
                .ToListAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The collectes whose portrait the person may open (same rule as PortraitAccess): an organisatrice only those she
    /// is assigned to, a comité member those on her comités' territories and below them.
    /// </summary>
    private async Task<IQueryable<Collecte>> PortraitCollectesAsync(CancellationToken cancellationToken)
    {
        if (IsOrganizer) return collectes.Visible(User);
        var covered = (await territories.CoveredAsync(User, cancellationToken)).ToList();
        return db.Collectes.Where(c => covered.Contains(c.TerritoryId));
    }
}
