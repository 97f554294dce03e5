using Diagnostic.Web.Abuse;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Pages.Comite.Forum;
using Diagnostic.Web.Pages.Comite.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.ForumTables;

/// <summary>
/// Where a forum table starts, on a phone and without an account: the séance's code and the table's name. A right
/// code hands the browser the table's signed pass (<see cref="ForumTableToken"/>) and opens the entry page.
/// </summary>
[RateLimited(RateLimitKind.InvitationCode)]
public sealed class EnterModel(ForumEditor editor, IStringLocalizer<ConcertationText> messages) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Table { get; set; }
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var table = Table?.Trim() ?? "";
        var errors = new List<FieldError>();
        var seance = await editor.FindOpenAsync(Code, cancellationToken);
        if (seance is null) errors.Add(new FieldError("Code", messages["ForumTable.CodeUnknown"]));
        if (table.Length == 0 || table.Length > ForumEditor.MaxTableLength)
            errors.Add(new FieldError("Table", messages["ForumTable.TableRequired", ForumEditor.MaxTableLength]));
        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        ForumTableToken.Give(Response, new ForumTableToken.Pass(seance!.Id, seance.ForumCode!, table));
        return RedirectToPage("Table");
    }
}
