using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Demarche;

/// <summary>
/// The « fiche synthèse » of one collecte of the démarche: each dimension's score for the whole territory with its
/// interval and n, and the forces and défis of each community, from the very portrait the other pages show (suppression
/// already applied), on one printable page.
/// </summary>
public sealed class SynthesisModel(DiagnosticDbContext db, DemarcheScope scope, CollectePortraits portraits, Portraits.PortraitAccess access) : PageModel
{
    public sealed record DimensionLine(string Title, PortraitRow? Row);

    public sealed record FlagLine(string Neighbourhood, string Dimension, bool Force);

    public Data.Entities.Demarche Demarche { get; private set; } = null!;
    public Collecte Collecte { get; private set; } = null!;
    public IReadOnlyList<DimensionLine> Dimensions { get; private set; } = [];
    public IReadOnlyList<FlagLine> Flags { get; private set; } = [];
    public int? Respondents { get; private set; }

    /// <summary>The smallest number of answers the portrait publishes (Analysis:MinCell when it was computed).</summary>
    public int MinCell { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int collecteId, CancellationToken cancellationToken)
    {
        if (await scope.Visible(User).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } demarche) return NotFound();
        if (!await scope.Collectes(demarche).AnyAsync(c => c.Id == collecteId, cancellationToken)) return NotFound();
        // The synthesis shows the portrait's figures: only to whoever may read that portrait (a cellule's member sees
        // her community's collectes, not the city's).
        if (!await access.AllowsAsync(User, collecteId, cancellationToken)) return NotFound();
        if (await portraits.LoadAsync(collecteId, cancellationToken) is not { } loaded) return NotFound();
        Demarche = demarche;
        Collecte = loaded.Collecte;
        MinCell = loaded.Portrait.MinCell;
        var language = Localization.Languages.Current;
        var titles = loaded.Questionnaire.Dimensions.ToDictionary(d => d.Id, d => d.Title.In(language));
        var audience = loaded.Questionnaire.Audience;
        var territoryId = loaded.Collecte.TerritoryId;
        var places = await db.Territories.AsNoTracking().Where(t => t.ParentId == territoryId).ToDictionaryAsync(t => t.Code, t => t.Name, cancellationToken);
        Dimensions = loaded.Questionnaire.Dimensions
            .Select(d => new DimensionLine(titles[d.Id], loaded.Portrait.Find(audience, PortraitRow.AllNeighbourhoods, FigureLevel.Dimension, d.Id))).ToList();
        Respondents = Dimensions.Select(d => d.Row?.N).Max();
        Flags = loaded.Portrait.Rows
            .Where(r => r.Level == FigureLevel.Dimension && r.Neighbourhood != PortraitRow.AllNeighbourhoods && !r.Suppressed
                && r.Flag is PortraitRow.ForceFlag or PortraitRow.DefiFlag && titles.ContainsKey(r.Id))
            .OrderBy(r => r.Neighbourhood).ThenBy(r => r.Flag)
            .Select(r => new FlagLine(places.GetValueOrDefault(r.Neighbourhood, r.Neighbourhood), titles[r.Id], r.Flag == PortraitRow.ForceFlag)).ToList();
        return Page();
    }
}
