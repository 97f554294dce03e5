using System.Globalization;
using Diagnostic.Web.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// The language link on a page of answers: the page's script turns a tap on it into a post of the page's form with
/// <see cref="Field"/> (wwwroot/js/answer.js), so what was typed is saved, or shown again with its problems, in the
/// other language instead of being lost. Without script the link simply reloads the page in the other language.
/// </summary>
public static class LanguageSwitch
{
    public const string Field = "switch-language";

    /// <summary>The language asked for with the posted form, or null.</summary>
    public static string? Requested(IFormCollection form) =>
        form[Field].ToString() is var language && Languages.Supported.Contains(language) ? language : null;

    /// <summary>From now on this request, and the next ones, are in the language asked for with the form.</summary>
    public static string? Apply(HttpContext context)
    {
        if (Requested(context.Request.Form) is not { } language) return null;
        Languages.Remember(context.Response, language);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        return language;
    }
}
