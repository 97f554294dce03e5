using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Partners;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// On the consent page of a partner collecte: without a valid, unused invitation code (see InvitationModel) the person
/// is sent to /s/{code}/invitation; when consent starts a draft, the invitation is marked used in one guarded update
/// and linked to the draft. If someone used the same code a moment earlier, the new draft is removed and the person
/// is sent back to the invitation page. Citizen collectes are untouched.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PartnerInvitationRequiredAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var code = context.RouteData.Values["code"] as string ?? "";
        var services = http.RequestServices;
        var db = services.GetRequiredService<DiagnosticDbContext>();
        // The row the page itself loads next (cached, issue 16): its audience never changes.
        var collecte = await services.GetRequiredService<CollecteLoader>().RowAsync(code, fresh: false, http.RequestAborted);
        if (collecte is not { Audience: Audience.Partner })
        {
            await next();
            return;
        }
        var pass = services.GetRequiredService<InvitationPass>();
        var invitations = services.GetRequiredService<PartnerInvitations>();
        var invitationId = pass.Read(http.Request, code);
        var usable = invitationId is { } id && await invitations.IsUsableAsync(collecte.Id, id, http.RequestAborted);
        var isPost = HttpMethods.IsPost(http.Request.Method);
        var continuing = services.GetRequiredService<DraftCookie>().Read(http.Request, code) is not null;
        if (!usable && (isPost || !continuing))
        {
            context.Result = new RedirectResult($"/s/{Uri.EscapeDataString(code)}/invitation");
            return;
        }
        var executed = await next();
        if (!isPost || executed.HandlerInstance is not AnswerPageModel { Draft: { } draft } || executed.Result is not RedirectToPageResult)
            return;
        if (await invitations.ClaimAsync(collecte.Id, invitationId!.Value, http.RequestAborted))
        {
            await invitations.LinkAsync(invitationId.Value, draft.Id, http.RequestAborted);
            pass.Clear(http.Response, code);
            return;
        }
        await db.Responses.Where(r => r.Id == draft.Id).ExecuteDeleteAsync(http.RequestAborted);
        http.Response.Cookies.Delete(DraftCookie.Name(code), new CookieOptions { Path = "/s/" + code });
        executed.Result = new RedirectResult($"/s/{Uri.EscapeDataString(code)}/invitation");
    }
}
