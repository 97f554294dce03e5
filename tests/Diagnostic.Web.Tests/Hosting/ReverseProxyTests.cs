using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Diagnostic.Web.Tests.Hosting;

/// <summary>
/// Issue 11, finding 5: behind a TLS reverse proxy the app sees plain HTTP; it believes X-Forwarded-Proto only from
/// the proxies in ReverseProxy:KnownProxies, and then marks its cookies Secure and sends HSTS.
/// </summary>
public sealed class ReverseProxyTests(ReverseProxyTests.ProxiedFactory factory) : IClassFixture<ReverseProxyTests.ProxiedFactory>
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.1.2.3");
    private static readonly IPAddress Stranger = IPAddress.Parse("10.9.9.9");

    public sealed class ProxiedFactory : DiagnosticWebFactory
    {
        public ProxiedFactory() => PublicBaseUrl = "https://diagnostic.example.org";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ReverseProxy:KnownProxies:0", Proxy.ToString());
        }
    }

    [Fact]
    public async Task From_a_known_proxy_forwarding_https_the_sign_in_draft_and_antiforgery_cookies_are_Secure_and_HSTS_is_sent()
    {
        var (client, jar) = await ThroughAsync(Proxy);

        using var home = await client.GetAsync("/");

        Assert.Contains(jar.SetCookies, c => c.StartsWith(AccountsCookie, StringComparison.Ordinal));
        Assert.Contains(jar.SetCookies, c => c.StartsWith(DraftCookie.Name(DiagnosticWebFactory.OpenCode) + "=", StringComparison.Ordinal));
        Assert.Contains(jar.SetCookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.All(jar.SetCookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.True(home.Headers.Contains("Strict-Transport-Security"), "no HSTS over forwarded HTTPS");
    }

    [Fact]
    public async Task From_an_unknown_address_the_forwarded_headers_are_ignored()
    {
        var (client, jar) = await ThroughAsync(Stranger);

        using var home = await client.GetAsync("/");

        Assert.Contains(jar.SetCookies, c => c.StartsWith(AccountsCookie, StringComparison.Ordinal));
        Assert.All(jar.SetCookies, c => Assert.DoesNotContain("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.False(home.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP from an unknown address");
    }

    private static string AccountsCookie => Diagnostic.Web.Authorization.AccountsFeature.CookieName + "=";

    /// <summary>A staff member signs in and a citizen starts the questionnaire, both through a proxy at <paramref name="peer"/>.</summary>
    private async Task<(HttpClient Client, CookieJar Jar)> ThroughAsync(IPAddress peer)
    {
        await factory.SeedAsync();
        var jar = new CookieJar(factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = peer));
        var client = new HttpClient(jar) { BaseAddress = new Uri("http://diagnostic.example.org") };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var email = $"admin-{Guid.NewGuid():N}@test.local";
        await factory.CreateUserAsync(email, Roles.Admin);
        await SignInExtensions.SignInAsync(client, email, SignInExtensions.Password);
        await new Respondent(client).StartAsync();
        return (client, jar);
    }
}
