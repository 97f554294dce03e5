using Diagnostic.Web.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// The language link on a page of answers: the page's script turns a tap on it into a post of the page's form with
/// <see cref="Field"/> (wwwroot/js/answer.js), so what was typed is saved, or shown again with its problems, in the
/// other language instead of being lost (<see cref="FormLanguageProvider"/> runs that request in the language asked
/// for). Without script the link simply reloads the page in the other language.
/// </summary>
public static class LanguageSwitch
{
    public const string Field = FormLanguageProvider.Field;

    /// <summary>The language asked for with the posted form, remembered for the next pages; null when none was.</summary>
    public static string? Apply(HttpContext context)
    {
        var language = context.Request.Form[Field].ToString();
        if (!Languages.Supported.Contains(language)) return null;
        Languages.Remember(context.Response, language);
        return language;
    }
}
