using Diagnostic.Web.Pages.Comite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Demarche;

/// <summary>« Étapes des travaux »: the démarche's timeline, year by year, printable; an organisatrice edits its coordination.</summary>
public sealed class StepsModel(
    DemarcheScope scope, DemarcheTimeline timeline, DemarcheEditor editor, Portraits.PortraitAccess access) : PageModel
{
    public Data.Entities.Demarche Demarche { get; private set; } = null!;
    public IReadOnlyList<DemarcheTimeline.Year> Years { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Collectes { get; private set; } = [];
    public bool IsOrganizer => ComiteAccess.IsOrganizer(User);
    public string? Error { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Coordinator { get; set; }
    [BindProperty] public string? Intro { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await scope.Visible(User).FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } demarche) return NotFound();
        if (!IsOrganizer) return Forbid();
        Error = await editor.UpdateAsync(demarche, Name, Coordinator, Intro, cancellationToken);
        if (Error is null) return RedirectToPage(new { id });
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await scope.Visible(User).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } demarche) return false;
        Demarche = demarche;
        Years = await timeline.ReadAsync(demarche, cancellationToken);
        Collectes = await SynthesesAsync(demarche, cancellationToken);
        return true;
    }

    /// <summary>The collectes whose fiche synthèse the reader may open: those whose portrait she may read.</summary>
    private async Task<IReadOnlyList<(int Id, string Name)>> SynthesesAsync(Data.Entities.Demarche demarche, CancellationToken cancellationToken)
    {
        var readable = new List<(int, string)>();
        foreach (var c in await scope.Collectes(demarche).AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
        {
            if (await access.AllowsAsync(User, c.Id, cancellationToken)) readable.Add((c.Id, c.Name));
        }
        return readable;
    }
}
