using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Sessions;

/// <summary>One collecte: its public links, neighbourhoods and targets, and the open / close / archive actions.</summary>
public sealed class DetailModel(OrganizerCollectes collectes, CollecteStore store, IStringLocalizer<OrganizerText> words)
    : CollectePageModel(collectes)
{
    [TempData]
    public string? Message { get; set; }

    public IEnumerable<SessionStatus> NextStatuses =>
        Enum.GetValues<SessionStatus>().Where(to => CollecteStore.CanMove(Session.Status, to));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    /// <summary>Open, close or archive; a move the status does not allow changes nothing.</summary>
    public async Task<IActionResult> OnPostMoveAsync(SessionStatus to, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } stop) return stop;
        if (await store.MoveAsync(Session, to, cancellationToken))
        {
            var action = to switch
            {
                SessionStatus.Open => AuditActions.SessionOpened,
                SessionStatus.Closed => AuditActions.SessionClosed,
                _ => AuditActions.SessionArchived,
            };
            await Collectes.AuditAsync(User, action, Session, null, cancellationToken);
            Message = words["Detail.Moved", words[StatusNames.Key(to)]].Value;
        }
        else
        {
            Message = words["Detail.NotMoved"].Value;
        }
        return RedirectToPage(new { id = Id });
    }
}
