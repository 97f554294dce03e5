using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Diagnostic.Web.Uploads;

/// <summary>
/// The size limit of an upload page. The request body may hold the file plus <see cref="FormRoom"/> for the rest of
/// the form; a bigger body is answered 413 before antiforgery reads the form (which would turn it into a bare 400),
/// and the status page then states the limit (<see cref="UploadLimitFeature"/>). The page itself still checks the
/// file's own length against <see cref="MaxFileBytes"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute(long maxFileBytes) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const long FormRoom = 64 * 1024;

    public long MaxFileBytes => maxFileBytes;

    /// <summary>The largest body accepted; by default the file plus <see cref="FormRoom"/> (a page that posts the file back, base64, needs more).</summary>
    public long MaxBodyBytes { get; set; } = maxFileBytes + FormRoom;

    /// <summary>Before the antiforgery filter, which reads the form.</summary>
    public int Order => -10_000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return;
        var maxBody = MaxBodyBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = maxBody;
        if (http.Request.ContentLength > maxBody)
        {
            TooLarge(context);
            return;
        }
        if (!http.Request.HasFormContentType) return;
        try
        {
            // A body without a length (chunked) is only known to be too large while it is read: read it here.
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            TooLarge(context);
        }
    }

    private void TooLarge(AuthorizationFilterContext context)
    {
        context.HttpContext.Features.Set(new UploadLimitFeature(maxFileBytes));
        context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
    }
}

/// <summary>The limit an upload went over, for the status page that explains it.</summary>
public sealed record UploadLimitFeature(long MaxFileBytes)
{
    /// <summary>The limit in whole megabytes (1 Mo = 1 048 576 octets), as people read file sizes.</summary>
    public long MegaBytes => MaxFileBytes / (1024 * 1024);
}
