using Microsoft.AspNetCore.Diagnostics;

namespace Diagnostic.Web.Abuse;

/// <summary>
/// ASP.NET Core refuses to read a form whose values hold a NUL character (InvalidDataException); antiforgery then
/// answers a bare 400 that blames an expired form. Reading the form here first turns that into a 400 whose page says
/// what is wrong (see <see cref="IsUnreadable"/> in the status page). Only url-encoded posts: file uploads keep their
/// own size limits and reading.
/// </summary>
public static class UnreadableFormGuard
{
    private const string ItemKey = "Diagnostic.UnreadableForm";

    /// <summary>True when this request's form was refused for its characters (read by the status page).</summary>
    public static bool IsUnreadable(HttpContext context) => context.Items.ContainsKey(ItemKey);

    public static IApplicationBuilder UseUnreadableFormGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && context.Request.HasFormContentType
            && context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                context.Items[ItemKey] = true;
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
        }
        await next();
    });
}
