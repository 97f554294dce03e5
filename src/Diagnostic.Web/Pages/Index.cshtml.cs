using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages;

/// <summary>
/// What the platform is, and the collectes open right now: the citizens' questionnaires first, apart from the partner
/// collectes (which ask for an invitation code), the published portraits, and what the comités did with them.
/// </summary>
public sealed class IndexModel(DiagnosticDbContext db, TimeProvider clock) : PageModel
{
    public sealed record OpenCollecte(string Code, string Name, string Territory, Audience Audience = Audience.Citizen);

    public IReadOnlyList<OpenCollecte> Open { get; private set; } = [];

    public IReadOnlyList<OpenCollecte> ForCitizens => Open.Where(c => c.Audience == Audience.Citizen).ToList();

    public IReadOnlyList<OpenCollecte> ForPartners => Open.Where(c => c.Audience == Audience.Partner).ToList();

    /// <summary>Collectes whose portrait anyone may read.</summary>
    public IReadOnlyList<OpenCollecte> Portraits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var collectes = await db.Collectes.AsNoTracking().Include(s => s.Territory)
            .Where(s => s.Status == CollecteStatus.Open)
            .ToListAsync(cancellationToken);
        Open = collectes.Where(s => s.IsOpenAt(now))
            .OrderBy(s => s.Name)
            .Select(s => new OpenCollecte(s.PublicCode, s.Name, s.Territory!.Name, s.Audience))
            .ToList();
        Portraits = collectes.Where(s => s.PortraitPublic).Concat(await db.Collectes.AsNoTracking().Include(s => s.Territory)
                .Where(s => s.PortraitPublic && s.Status != CollecteStatus.Open).ToListAsync(cancellationToken))
            .OrderBy(s => s.Name)
            .Select(s => new OpenCollecte(s.PublicCode, s.Name, s.Territory!.Name))
            .ToList();
    }
}
