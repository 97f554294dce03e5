using Diagnostic.Data;
using Diagnostic.Web.Pages.Comite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Demarche;

/// <summary>The démarches a person may follow; an organisatrice starts one on a territory that has none.</summary>
public sealed class IndexModel(DiagnosticDbContext db, DemarcheScope scope, DemarcheEditor editor) : PageModel
{
    public sealed record Row(int Id, string Name, string Territory, string Coordinator);

    public sealed record TerritoryChoice(int Id, string Name);

    public IReadOnlyList<Row> Demarches { get; private set; } = [];
    public IReadOnlyList<TerritoryChoice> Territories { get; private set; } = [];
    public bool IsOrganizer => ComiteAccess.IsOrganizer(User);
    public string? Error { get; private set; }

    [BindProperty] public int TerritoryId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Coordinator { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsOrganizer) return Forbid();
        (var id, Error) = await editor.CreateAsync(TerritoryId, Name, Coordinator, null, cancellationToken);
        if (id is { } created) return RedirectToPage("Steps", new { id = created });
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Demarches = await scope.Visible(User).AsNoTracking().OrderBy(d => d.Name)
            .Select(d => new Row(d.Id, d.Name, d.Territory!.Name, d.CoordinatorName)).ToListAsync(cancellationToken);
        if (IsOrganizer)
            Territories = await db.Territories.AsNoTracking().Where(t => !db.Demarches.Any(d => d.TerritoryId == t.Id)).OrderBy(t => t.Name)
                .Select(t => new TerritoryChoice(t.Id, t.Name)).ToListAsync(cancellationToken);
    }
}
