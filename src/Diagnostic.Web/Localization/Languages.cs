using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Diagnostic.Web.Localization;

/// <summary>French by default, English on request (?lang=en or the language cookie).</summary>
public static class Languages
{
    public const string French = "fr";
    public const string English = "en";
    public const string QueryKey = "lang";
    public static readonly string[] Supported = [French, English];

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? English : French;

    public static IServiceCollection AddDiagnosticLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(French).AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
            options.RequestCultureProviders =
            [
                new FormLanguageProvider(),
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CookieRequestCultureProvider(),
            ];
        });
        return services.AddModelBindingWords();
    }

    /// <summary>Remembers a language chosen with ?lang= so the next pages keep it.</summary>
    public static IApplicationBuilder UseLanguageCookie(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Query.TryGetValue(QueryKey, out var lang) && Supported.Contains(lang.ToString()))
        {
            Remember(context.Response, lang.ToString());
        }
        await next();
    });

    /// <summary>Sets the language cookie, so the next pages are in <paramref name="language"/>.</summary>
    public static void Remember(HttpResponse response, string language) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
}
