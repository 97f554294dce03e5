using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Diagnostic.Web.KeyRing;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Hosting;

/// <summary>The antiforgery and draft payloads are opened once per process (issue 16), and only what opened is ever believed.</summary>
public sealed class RememberingProtectorsTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void The_antiforgery_protector_remembers_only_what_opened_and_other_purposes_are_untouched()
    {
        var provider = factory.Services.GetRequiredService<IDataProtectionProvider>();
        var antiforgery = provider.CreateProtector(RememberingProtectors.AntiforgeryPurpose);
        var payload = antiforgery.Protect([1, 2, 3]);

        Assert.Equal([1, 2, 3], antiforgery.Unprotect(payload));
        Assert.Equal([1, 2, 3], antiforgery.Unprotect(payload));
        Assert.Equal(payload, antiforgery.Protect([1, 2, 3])); // the same content is sealed the same way
        Assert.NotEqual(payload, antiforgery.Protect([1, 2, 4]));
        Assert.Equal([1, 2, 4], antiforgery.Unprotect(antiforgery.Protect([1, 2, 4])));
        var tampered = (byte[])payload.Clone();
        tampered[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => { antiforgery.Unprotect(tampered); });
        Assert.ThrowsAny<CryptographicException>(() => { antiforgery.Unprotect(tampered); });
        // Another purpose cannot open the antiforgery's payload, remembered or not.
        Assert.ThrowsAny<CryptographicException>(() => { provider.CreateProtector(Diagnostic.Web.Pages.Answer.DraftCookie.Purpose).Unprotect(payload); });
    }

    [Fact]
    public void The_draft_cookie_protector_remembers_too_and_still_refuses_an_altered_cookie()
    {
        var draft = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Diagnostic.Web.Pages.Answer.DraftCookie.Purpose);
        var payload = draft.Protect("r-1|ABCD");

        Assert.Equal(payload, draft.Protect("r-1|ABCD"));
        Assert.Equal("r-1|ABCD", draft.Unprotect(payload));
        Assert.Equal("r-1|ABCD", draft.Unprotect(payload));
        var altered = payload[..^2] + (payload[^2] == 'A' ? 'B' : 'A') + payload[^1];
        Assert.ThrowsAny<CryptographicException>(() => { draft.Unprotect(altered); });
    }

    [Fact]
    public async Task A_post_whose_antiforgery_cookie_was_altered_is_refused_even_after_the_real_one_was_opened()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var page = await client.GetAsync($"/s/{DiagnosticWebFactory.OpenCode}");
        var cookie = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var token = Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var (name, value) = (cookie[..cookie.IndexOf('=')], cookie[(cookie.IndexOf('=') + 1)..]);
        var altered = name + "=" + value[..^2] + (value[^2] == 'A' ? 'B' : 'A') + value[^1];

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, cookie, token)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, altered, token)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, cookie, token)).StatusCode);
        // Another browser (no cookie yet) gets its own cookie and its own request token, which this one cannot use.
        using var other = await client.GetAsync($"/s/{DiagnosticWebFactory.OpenCode}");
        var otherToken = Regex.Match(await other.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEqual(token, otherToken);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, cookie, otherToken)).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string cookie, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/s/{DiagnosticWebFactory.OpenCode}")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Consent", "true"), new("AgeConfirmed", "true")]),
        };
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
