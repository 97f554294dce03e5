using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Hosting;

/// <summary>
/// Checked at start (ValidateOnStart): outside Development a missing or malformed PublicBaseUrl stops the app with
/// a message naming the setting, instead of posters that point wherever the request's Host says. Outside Development
/// the address is https:// too (staff passwords and sessions must not cross a network in clear), unless it names this
/// machine itself (localhost, 127.0.0.1, ::1: nothing leaves it).
/// </summary>
public sealed class PublicSiteValidation(IHostEnvironment environment) : IValidateOptions<PublicSite>
{
    public ValidateOptionsResult Validate(string? name, PublicSite options)
    {
        var text = options.PublicBaseUrl?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"{PublicSite.Key} is required outside Development: set it to the address people type, e.g. https://diagnostic.example.org " +
                    $"(appsettings.Production.json or the environment variable {PublicSite.Key}). " +
                    $"Le réglage {PublicSite.Key} est obligatoire en production : l'adresse publique du site.");
        }
        var valid = Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0;
        if (valid && uri!.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && !environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                $"{PublicSite.Key} \"{text}\" must start with https:// outside Development: sign-in passwords and sessions would cross the " +
                $"network in clear. Put the site behind a reverse proxy with a certificate, e.g. https://diagnostic.example.org. " +
                $"Le réglage {PublicSite.Key} doit commencer par https:// en production.");
        }
        return valid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{PublicSite.Key} \"{text}\" is not an absolute http:// or https:// address without query or fragment, e.g. https://diagnostic.example.org. " +
                $"Le réglage {PublicSite.Key} doit être une adresse complète qui commence par https://.");
    }
}
