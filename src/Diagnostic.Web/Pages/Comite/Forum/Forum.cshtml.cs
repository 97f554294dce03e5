using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Pages.Comite.Rounds;
using Diagnostic.Web.Pages.Comite.Seances;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite.Forum;

/// <summary>
/// A forum séance as the organisatrice runs it: open the tables' entry (a code), watch the enjeux come in, group them
/// into issue cards, open the dot vote on the cards. Comité members follow it read-only.
/// </summary>
public sealed class ForumModel(
    DiagnosticDbContext db, SeanceFinder finder, ForumEditor editor, RoundLoader loader, RoundResults results) : PageModel
{
    public SeanceScope Scope { get; private set; } = null!;
    public ForumBoard Board { get; private set; } = null!;
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    [BindProperty] public List<int> Selected { get; set; } = [];
    [BindProperty] public string? CardWording { get; set; }
    [BindProperty] public RoundForm Vote { get; set; } = new() { Kind = VotingRoundKind.PaperDots };

    public string EntryAddress => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/forum";

    public async Task<IActionResult> OnGetAsync(int comiteId, int seanceId, CancellationToken cancellationToken) =>
        await LoadAsync(comiteId, seanceId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostOpenAsync(int comiteId, int seanceId, CancellationToken cancellationToken) =>
        ManageAsync(comiteId, seanceId, async s => { await editor.OpenEntryAsync(s.Seance, User, cancellationToken); return []; }, cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(int comiteId, int seanceId, CancellationToken cancellationToken) =>
        ManageAsync(comiteId, seanceId, async s => { await editor.CloseEntryAsync(s.Seance, User, cancellationToken); return []; }, cancellationToken);

    public Task<IActionResult> OnPostGroupAsync(int comiteId, int seanceId, CancellationToken cancellationToken) =>
        ManageAsync(comiteId, seanceId, s => editor.GroupAsync(s.Seance, Selected, CardWording, User, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUngroupAsync(int comiteId, int seanceId, int enjeuId, CancellationToken cancellationToken) =>
        ManageAsync(comiteId, seanceId, s => editor.UngroupAsync(s.Seance, enjeuId, User, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDissolveAsync(int comiteId, int seanceId, int cardId, CancellationToken cancellationToken) =>
        ManageAsync(comiteId, seanceId, s => editor.DissolveAsync(s.Seance, cardId, User, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostVoteAsync(int comiteId, int seanceId, CancellationToken cancellationToken)
    {
        int? roundId = null;
        var result = await ManageAsync(comiteId, seanceId, async s =>
        {
            var (id, errors) = await editor.OpenVoteAsync(s.Seance, Vote, User, cancellationToken);
            roundId = id;
            return errors;
        }, cancellationToken);
        return roundId is { } opened ? RedirectToPage("/Comite/Rounds/Round", new { roundId = opened }) : result;
    }

    private async Task<IActionResult> ManageAsync(
        int comiteId, int seanceId, Func<SeanceScope, Task<IReadOnlyList<FieldError>>> edit, CancellationToken cancellationToken)
    {
        var scope = await finder.FindAsync(User, seanceId, cancellationToken);
        if (scope is null || scope.Comite.Id != comiteId) return NotFound();
        if (!scope.IsOrganizer) return Forbid();
        if (scope.Cycle.IsClosed) return StatusCode(StatusCodes.Status409Conflict);
        Errors = await edit(scope);
        if (Errors.Count == 0) return RedirectToPage(new { comiteId, seanceId });
        await LoadAsync(comiteId, seanceId, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int comiteId, int seanceId, CancellationToken cancellationToken)
    {
        var scope = await finder.FindAsync(User, seanceId, cancellationToken);
        if (scope is null || scope.Comite.Id != comiteId) return false;
        Scope = scope;
        Board = await ForumBoard.LoadAsync(db, loader, results, seanceId, cancellationToken);
        return true;
    }
}
