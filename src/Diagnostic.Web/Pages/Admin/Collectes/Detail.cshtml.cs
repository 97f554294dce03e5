using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Collectes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>One collecte: its public links, neighbourhoods and targets, the open / close / archive actions, and whether
/// its portrait is public.</summary>
public sealed class DetailModel(OrganizerCollectes collectes, CollecteStore store, IStringLocalizer<OrganizerText> words)
    : CollectePageModel(collectes)
{
    [TempData]
    public string? Message { get; set; }

    public IEnumerable<CollecteStatus> NextStatuses =>
        Enum.GetValues<CollecteStatus>().Where(to => CollecteStore.CanMove(Collecte.Status, to));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        Page();

    /// <summary>Open, close or archive; a move the status does not allow changes nothing.</summary>
    public async Task<IActionResult> OnPostMoveAsync(CollecteStatus to, CancellationToken cancellationToken)
    {
        if (await store.MoveAsync(Collecte, to, cancellationToken))
        {
            var action = to switch
            {
                CollecteStatus.Open => AuditActions.CollecteOpened,
                CollecteStatus.Closed => AuditActions.CollecteClosed,
                _ => AuditActions.CollecteArchived,
            };
            await Collectes.AuditAsync(User, action, Collecte, null, cancellationToken);
            Message = words["Detail.Moved", words[StatusNames.Key(to)]].Value;
        }
        else
        {
            Message = words["Detail.NotMoved"].Value;
        }
        return RedirectToPage(new { id = Id });
    }

    /// <summary>Publishes the portrait or withdraws it; asking for the state it already has changes nothing.</summary>
    public async Task<IActionResult> OnPostPublishAsync(bool publish, CancellationToken cancellationToken)
    {
        if (await store.SetPortraitPublicAsync(Collecte, publish, cancellationToken))
            await Collectes.AuditAsync(User, publish ? AuditActions.PortraitPublished : AuditActions.PortraitUnpublished, Collecte, null, cancellationToken);
        Message = words[publish ? "Detail.Published" : "Detail.Unpublished"].Value;
        return RedirectToPage(new { id = Id });
    }
}
