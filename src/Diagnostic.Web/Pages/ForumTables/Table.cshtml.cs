using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Abuse;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Pages.Comite.Forum;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.ForumTables;

/// <summary>
/// A forum table keys in the enjeux it named, several at once, and sees what it has sent. Without a valid pass, or once
/// the organisatrice closed the entry, it goes back to the code page.
/// </summary>
[RateLimited(RateLimitKind.Submission)]
public sealed class TableModel(DiagnosticDbContext db, ForumEditor editor) : PageModel
{
    public const int Lines = 5;

    public ForumTableToken.Pass Pass { get; private set; } = null!;
    public Seance Seance { get; private set; } = null!;
    public IReadOnlyList<string> Sent { get; private set; } = [];
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    public bool Saved => Request.Query.ContainsKey("envoye");

    [BindProperty] public List<string?> Enjeux { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : RedirectToPage("Enter");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return RedirectToPage("Enter");
        Errors = await editor.AddEnjeuxAsync(Seance, Pass.Table, Enjeux, cancellationToken);
        if (Errors.Count == 0) return RedirectToPage(null, null, new { envoye = 1 }, null);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (ForumTableToken.Read(Request) is not { } pass) return false;
        var seance = await editor.FindOpenAsync(pass.Code, cancellationToken);
        if (seance is null || seance.Id != pass.SeanceId) return false;
        (Pass, Seance) = (pass, seance);
        Sent = await db.ForumEnjeux.AsNoTracking().Where(e => e.SeanceId == seance.Id && e.Table == pass.Table).OrderBy(e => e.Id)
            .Select(e => e.Text).ToListAsync(cancellationToken);
        return true;
    }
}
