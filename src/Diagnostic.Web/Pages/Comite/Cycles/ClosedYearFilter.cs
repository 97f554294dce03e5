using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Cycles;

/// <summary>
/// The one place where a closed comité year refuses change: every POST to a comité page about a year (its address
/// names the year, or a voting round of it) is answered 409 before any handler runs, so no page can forget the rule.
/// The status page says why (« Cette année est fermée »). Reading a closed year stays open to all who may follow it.
/// </summary>
public sealed class ClosedYearFilter(DiagnosticDbContext db, ComiteAccess access) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsPost(context.HttpContext.Request.Method)
            && await CycleOfAsync(context.RouteData.Values, context.HttpContext.RequestAborted) is { } cycleId
            // Only among the years the person may follow: another comité's year stays a 404 from its page.
            && await access.Cycles(context.HttpContext.User)
                .AnyAsync(c => c.Id == cycleId && c.Status == ComiteCycleStatus.Closed, context.HttpContext.RequestAborted))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
            return;
        }
        await next();
    }

    private async Task<int?> CycleOfAsync(RouteValueDictionary route, CancellationToken cancellationToken)
    {
        if (Number(route, "cycleId") is { } cycleId) return cycleId;
        if (Number(route, "roundId") is not { } roundId) return null;
        return await db.VotingRounds.Where(r => r.Id == roundId).Select(r => (int?)r.Seance!.CycleId).SingleOrDefaultAsync(cancellationToken);
    }

    private static int? Number(RouteValueDictionary route, string key) =>
        route.TryGetValue(key, out var value) && int.TryParse(value?.ToString(), out var number) ? number : null;
}
