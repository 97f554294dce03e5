using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Diagnostic.Web.Design;

/// <summary>
/// A stylesheet's or script's address as <c>asp-append-version</c> writes it (the fingerprinted file name of the static
/// assets' manifest, else <c>?v=</c> and the content's hash), without the link and script tag helpers: the layout and
/// the answer pages link up to seven files on each of a submission's ~25 requests, and building those tag helpers cost
/// more than the rest of the page's markup (issue 16). Elements using it are written <c>&lt;!link&gt;</c> /
/// <c>&lt;!script&gt;</c> so that no tag helper runs on them.
/// </summary>
public static class StaticAssets
{
    /// <param name="path">From the site's root, as in <c>/css/site.css</c>.</param>
    public static string Url(HttpContext context, string path)
    {
        var pathBase = context.Request.PathBase;
        if (context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>() is { } assets)
        {
            var key = path.TrimStart('/');
            var fingerprinted = assets[key];
            if (fingerprinted != key) return pathBase + "/" + fingerprinted.TrimStart('/');
        }
        return context.RequestServices.GetRequiredService<IFileVersionProvider>().AddFileVersionToPath(pathBase, pathBase + path);
    }
}
