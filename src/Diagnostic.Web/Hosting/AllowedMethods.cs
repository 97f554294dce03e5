using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Hosting;

/// <summary>
/// A Razor Page answers any method and, when it has no handler for it (TRACE, or POST to a page that only reads),
/// renders its view without the data its OnGet would load: a 500 and a stack trace in the log. This answers 405
/// first, before antiforgery and authentication, with the page's real methods in Allow.
/// </summary>
public static class AllowedMethods
{
    private const string HandlerKey = "handler";

    /// <summary>Call after UseRouting, so the page endpoint is known.</summary>
    public static IApplicationBuilder UseAllowedMethods(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var page = context.GetEndpoint()?.Metadata.GetMetadata<CompiledPageActionDescriptor>();
        // The status and error pages are re-executed with the failed request's method; they have no handler on purpose.
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (page is null || reExecuted || Accepts(page, context.Request)) return next(context);
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = page.HandlerMethods.Any(h => IsMethod(h.HttpMethod, HttpMethods.Post)) ? "GET, HEAD, POST" : "GET, HEAD";
        return Task.CompletedTask;
    });

    /// <summary>
    /// GET and HEAD always (a page without OnGet shows its view); any other method only when a handler would be
    /// chosen, by the same rule as Razor Pages: same method, and no name or the name asked in route or query.
    /// </summary>
    private static bool Accepts(CompiledPageActionDescriptor page, HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) return true;
        var name = request.RouteValues[HandlerKey]?.ToString();
        if (string.IsNullOrEmpty(name)) name = request.Query[HandlerKey].FirstOrDefault();
        return page.HandlerMethods.Any(h =>
            IsMethod(h.HttpMethod, request.Method) && (h.Name is null || string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsMethod(string? handlerMethod, string method) => string.Equals(handlerMethod, method, StringComparison.OrdinalIgnoreCase);
}
