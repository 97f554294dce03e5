using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organizer;

namespace Diagnostic.Web.Tests.Hosting;

/// <summary>Issue 11, finding 5: every response says what the browser may load and send, and nothing about the server.</summary>
public sealed class SecurityHeadersTests(KestrelWebFactory factory) : IClassFixture<KestrelWebFactory>
{
    [Theory]
    [InlineData("/", "strict-origin-when-cross-origin")]
    [InlineData("/s/test", "no-referrer")]
    [InlineData("/s/test/reprendre", "no-referrer")]
    [InlineData("/css/site.css", "strict-origin-when-cross-origin")]
    [InlineData("/js/site.js", "strict-origin-when-cross-origin")]
    [InlineData("/page-qui-n-existe-pas", "strict-origin-when-cross-origin")]
    public async Task Public_pages_static_files_and_error_pages_carry_the_security_headers(string path, string referrerPolicy)
    {
        await factory.SeedAsync();
        using var client = factory.SocketClient();

        using var response = await client.GetAsync(path);

        AssertSecurityHeaders(response, referrerPolicy);
    }

    [Fact]
    public async Task An_admin_page_carries_the_security_headers()
    {
        await factory.SeedAsync();
        using var client = factory.SocketClient();
        var email = $"organisatrice-{Guid.NewGuid():N}@test.local";
        await factory.AssignAsync(await factory.CreateUserAsync(email, Roles.Organizer), DiagnosticWebFactory.OpenCode);
        await SignInExtensions.SignInAsync(client, email, SignInExtensions.Password);

        using var response = await client.GetAsync($"/admin/collectes/{await factory.IdOfAsync(DiagnosticWebFactory.OpenCode)}/participation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, "strict-origin-when-cross-origin");
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string referrerPolicy)
    {
        var csp = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'self'", csp["default-src"]);
        Assert.Equal("'self'", csp["script-src"]);
        Assert.Equal("'self'", csp["style-src"]);
        Assert.Equal("'self' data:", csp["img-src"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal("'self'", csp["form-action"]);
        Assert.Equal("'self'", csp["base-uri"]);
        Assert.DoesNotContain("unsafe", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal(referrerPolicy, Header(response, "Referrer-Policy"));
        Assert.Equal("camera=(), microphone=(), geolocation=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"), "Server header sent: " + response.Headers.Server);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri} ({(int)response.StatusCode})");

    private static Dictionary<string, string> Directives(string policy) => policy
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.Split(' ', 2))
        .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
}
