using Microsoft.AspNetCore.Localization;

namespace Diagnostic.Web.Localization;

/// <summary>
/// The language asked for by a form sent with the language link of an answer page (Pages/Answer/LanguageSwitch):
/// the whole request, the page drawn again with its problems included, runs in that language. Only small
/// url-encoded posts to the questionnaire's addresses are read, never an upload.
/// </summary>
public sealed class FormLanguageProvider : RequestCultureProvider
{
    public const string Field = "switch-language";

    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var request = httpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments("/s")
            || request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
            return null;
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(httpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // A form over the limits: no language from it; the page's own binding refuses it as usual.
            return null;
        }
        var language = form[Field].ToString();
        return Languages.Supported.Contains(language) ? new ProviderCultureResult(language) : null;
    }
}
