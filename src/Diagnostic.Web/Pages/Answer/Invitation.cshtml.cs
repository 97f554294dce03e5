using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Partners;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Abuse;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>A partner collecte first asks for the organisation's single-use invitation code, then goes on to consent.</summary>
[RateLimited(RateLimitKind.InvitationCode)]
public sealed class InvitationModel(
    CollecteLoader loader, ResponseStore store, DraftCookie cookie, PartnerInvitations invitations, InvitationPass pass,
    IStringLocalizer<InvitationText> strings)
    : AnswerPageModel(loader, store, cookie)
{
    public const string FieldId = "invitation-code";

    [BindProperty(Name = "invitationCode")]
    public string? TypedCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(needsDraft: false, cancellationToken) is { } stop) return stop;
        return Collecte.Collecte.Audience == Audience.Partner ? Page() : RedirectToPage("/Answer/Welcome", new { code = Code });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Shown back in the field when refused: a code is short, so a pasted megabyte is cut rather than echoed.
        if (TypedCode is { Length: > AnswerForm.MaxRedisplayedLength }) TypedCode = TypedCode[..AnswerForm.MaxRedisplayedLength];
        if (await LoadAsync(needsDraft: false, cancellationToken) is { } stop) return stop;
        if (Collecte.Collecte.Audience != Audience.Partner) return RedirectToPage("/Answer/Welcome", new { code = Code });
        if (await invitations.FindUsableAsync(Collecte.Collecte.Id, TypedCode, cancellationToken) is not { } invitationId)
        {
            Errors.Add(new FieldError(FieldId, strings["Invitation.Refused"]));
            return Page();
        }
        pass.Write(Response, Code, invitationId);
        return RedirectToPage("/Answer/Welcome", new { code = Code });
    }
}
