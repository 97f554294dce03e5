using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Answer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Seances;

/// <summary>
/// A séance: agenda, attendance (organisations, and a head count of citizens, never their names), minutes and decisions
/// linked to the cibles and actions they concern. Members read it; organisatrices fill it in while the year is open.
/// </summary>
public sealed class SeanceModel(DiagnosticDbContext db, ComiteAccess access, SeanceFinder finder, SeanceEditor editor) : PageModel
{
    public sealed record Option(int Id, string Label);

    public SeanceScope Scope { get; private set; } = null!;
    public SeanceReport Report { get; private set; } = null!;
    public IReadOnlyList<Option> Organisations { get; private set; } = [];
    public IReadOnlyList<Option> Targets { get; private set; } = [];
    public IReadOnlyList<Option> Actions { get; private set; } = [];
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    [BindProperty] public SeanceInput Input { get; set; } = new();
    [BindProperty] public List<int> Present { get; set; } = [];
    [BindProperty] public int? CitizenCount { get; set; }
    [BindProperty] public DecisionInput Decision { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int comiteId, int seanceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(comiteId, seanceId, cancellationToken)) return NotFound();
        Input = new SeanceInput { Agenda = Scope.Seance.Agenda, Minutes = Scope.Seance.Notes, CitizenCount = Scope.Seance.CitizenCount };
        CitizenCount = Scope.Seance.CitizenCount;
        return Page();
    }

    public Task<IActionResult> OnPostDetailsAsync(int comiteId, int seanceId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, seanceId, scope => editor.SaveDetailsAsync(comiteId, scope.Seance, Input, User, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAttendanceAsync(int comiteId, int seanceId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, seanceId, scope => editor.SaveAttendanceAsync(comiteId, scope.Seance, Present, CitizenCount, User, cancellationToken),
            cancellationToken);

    public Task<IActionResult> OnPostDecisionAsync(int comiteId, int seanceId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, seanceId, scope => editor.AddDecisionAsync(comiteId, scope.Seance, Decision, User, cancellationToken), cancellationToken);

    /// <summary>
    /// Organisatrices only, in an open year (409 otherwise, as ClosedYearFilter answers). The comité of the address must
    /// be one the person may open; the séance may be another comité's, which the editor refuses with the reason.
    /// </summary>
    private async Task<IActionResult> EditAsync(
        int comiteId, int seanceId, Func<SeanceScope, Task<IReadOnlyList<FieldError>>> edit, CancellationToken cancellationToken)
    {
        var scope = await finder.FindAsync(User, seanceId, cancellationToken);
        if (scope is null || !await access.CanSeeComiteAsync(User, comiteId, cancellationToken)) return NotFound();
        if (!scope.IsOrganizer) return Forbid();
        if (scope.Cycle.IsClosed) return StatusCode(StatusCodes.Status409Conflict);
        Errors = await edit(scope);
        if (Errors.Count == 0) return RedirectToPage(new { comiteId, seanceId });
        // Shown on the séance's own comité page, so the person sees what she tried and why it was refused.
        await LoadAsync(scope.Comite.Id, seanceId, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int comiteId, int seanceId, CancellationToken cancellationToken)
    {
        var scope = await finder.FindAsync(User, seanceId, cancellationToken);
        if (scope is null || scope.Comite.Id != comiteId) return false;
        Scope = scope;
        Report = await SeanceReport.LoadAsync(db, scope, cancellationToken);
        if (!scope.CanManage) return true;
        Organisations = await db.PartnerOrganisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new Option(o.Id, o.Name)).ToListAsync(cancellationToken);
        Targets = await db.ChosenTargets.AsNoTracking().Where(t => t.Cycle!.ComiteId == comiteId)
            .OrderByDescending(t => t.Cycle!.YearLabel).ThenBy(t => t.Order)
            .Select(t => new Option(t.Id, t.Cycle!.YearLabel + " — " + t.Wording)).ToListAsync(cancellationToken);
        Actions = await db.Actions.AsNoTracking().Where(a => a.Target!.Cycle!.ComiteId == comiteId)
            .OrderByDescending(a => a.Target!.Cycle!.YearLabel).ThenBy(a => a.Target!.Order).ThenBy(a => a.Order)
            .Select(a => new Option(a.Id, a.Target!.Cycle!.YearLabel + " — " + a.Title)).ToListAsync(cancellationToken);
        Present = Report.Present.Select(p => p.Id).ToList();
        return true;
    }
}
