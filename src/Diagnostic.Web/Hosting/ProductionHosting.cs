using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Hosting;

/// <summary>
/// What a production start needs around the pages: the public address, host filtering from it, the reverse proxy's
/// forwarded headers, security headers, 405 for unsupported methods and no Server header.
/// </summary>
public static class ProductionHosting
{
    public static WebApplicationBuilder AddProductionHosting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<PublicSite>, PublicSiteValidation>();
        services.AddOptions<PublicSite>().Bind(builder.Configuration).ValidateOnStart();
        // Explicit AllowedHosts wins (e.g. several names); otherwise only PublicBaseUrl's host is answered. Empty in
        // Development without PublicBaseUrl: ASP.NET Core's own default, "*", applies.
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<PublicSite>>((options, site) =>
        {
            var configured = builder.Configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (configured is { Length: > 0 }) options.AllowedHosts = configured;
            else if (site.Value.BaseUri is { } uri) options.AllowedHosts = [uri.IdnHost];
        });
        services.AddOptions<ReverseProxySettings>().BindConfiguration(ReverseProxySettings.Section)
            .Validate(s => s.KnownProxies.All(p => IPAddress.TryParse(p, out _)) && s.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)),
                $"{ReverseProxySettings.Section}: every KnownProxies entry must be an IP address (10.0.0.2) and every KnownNetworks entry a CIDR network (172.18.0.0/16).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxySettings>>((options, proxy) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback stays known (the framework's default): a proxy on the same machine is the common set-up.
            foreach (var address in proxy.Value.KnownProxies) options.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in proxy.Value.KnownNetworks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        // The antiforgery cookie follows the request like the sign-in and draft cookies: Secure behind TLS.
        services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>
    /// Call first after Build: a missing or malformed PublicBaseUrl stops the start here, before migrations and seeding;
    /// the forwarded scheme and client address are known to everything after; every response gets the headers.
    /// </summary>
    public static WebApplication UseProductionHosting(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<IOptions<PublicSite>>().Value;
        _ = app.Services.GetRequiredService<IOptions<ReverseProxySettings>>().Value;
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        return app;
    }
}
