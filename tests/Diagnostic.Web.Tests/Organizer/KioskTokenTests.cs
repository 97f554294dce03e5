using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Authorization;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>
/// A kiosk runs on a kiosk token that answers one collecte, never on a staff session: starting kiosk mode (a post, not
/// a mere visit) signs the organisatrice out in that browser, and the token is useless anywhere else.
/// </summary>
public sealed class KioskTokenTests : IDisposable
{
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.SingleOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal)) : null;

    [Fact]
    public async Task Opening_the_kiosk_address_only_shows_its_start_button_and_signs_no_one_out()
    {
        var organizer = await factory.OrganizerAsync();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInExtensions.SignInAsync(client, organizer.Email, organizer.Password);

        var start = await new Respondent(client).GetAsync("/kiosque/test");
        using var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains("Démarrer le kiosque", start.Text);
        Assert.Contains("id=\"sign-out-notice\"", start.Html);
        Assert.Matches("<form method=\"post\"[^>]*>[\\s\\S]*name=\"__RequestVerificationToken\"", start.Html);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Starting_kiosk_mode_needs_the_form_s_antiforgery_token()
    {
        var organizer = await factory.OrganizerAsync();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInExtensions.SignInAsync(client, organizer.Email, organizer.Password);

        using var forged = await client.PostAsync("/kiosque/test", new FormUrlEncodedContent([]));
        using var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(SetCookie(forged, "diag-kiosque-test"));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Starting_kiosk_mode_signs_the_organisatrice_out_and_admin_then_asks_for_sign_in()
    {
        var organizer = await factory.OrganizerAsync();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInExtensions.SignInAsync(client, organizer.Email, organizer.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        using var start = await new Respondent(client).StartKioskAsync();
        using var admin = await client.GetAsync("/admin/collectes");
        var welcome = await new Respondent(client).GetAsync("/s/test");

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal("/s/test", start.Headers.Location?.OriginalString);
        Assert.Contains("expires=Thu, 01 Jan 1970", SetCookie(start, AccountsFeature.CookieName));
        var token = SetCookie(start, "diag-kiosque-test")!;
        Assert.Contains("path=/s/test", token, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", token, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("diag-kiosque-test=1;", token); // a signed token, not a bare marker
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("/connexion?ReturnUrl=", admin.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, welcome.Status);
        Assert.DoesNotContain("id=\"sign-out\"", welcome.Html);
        Assert.DoesNotContain("href=\"/admin\"", welcome.Html);
    }

    [Fact]
    public async Task Signing_in_again_on_a_kiosk_sends_the_answer_pages_to_the_start_whose_button_signs_out()
    {
        var organizer = await factory.OrganizerAsync();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await new Respondent(client).StartKioskAsync()).Dispose();
        await SignInExtensions.SignInAsync(client, organizer.Email, organizer.Password);

        using var welcome = await client.GetAsync("/s/test");
        using var start = await new Respondent(client).StartKioskAsync();
        using var admin = await client.GetAsync("/admin");

        Assert.Equal("/kiosque/test", welcome.Headers.Location?.OriginalString);
        Assert.Contains("expires=Thu, 01 Jan 1970", SetCookie(start, AccountsFeature.CookieName));
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task A_forged_marker_or_a_token_of_another_collecte_does_not_turn_kiosk_mode_on()
    {
        await factory.SeedAsync();
        await factory.AddCollecteAsync("autre", TestQuestionnaire.Yaml);
        var kiosk = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var start = await new Respondent(kiosk).StartKioskAsync();
        var tokenOfTest = SetCookie(start, "diag-kiosque-test")!.Split(';')[0].Split('=', 2)[1];

        var forged = await StartWithCookieAsync("test", "diag-kiosque-test=1");
        var copied = await StartWithCookieAsync("autre", "diag-kiosque-autre=" + tokenOfTest);
        var genuine = await StartWithCookieAsync("test", "diag-kiosque-test=" + tokenOfTest);

        Assert.Equal(ResponseChannel.Web, forged);
        Assert.Equal(ResponseChannel.Web, copied);
        Assert.Equal(ResponseChannel.Kiosk, genuine);
    }

    /// <summary>Consents on the collecte with only the given cookie sent; returns the channel of the draft it starts.</summary>
    private async Task<ResponseChannel> StartWithCookieAsync(string code, string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var antiforgery = new HttpRequestMessage(HttpMethod.Get, $"/s/{code}");
        antiforgery.Headers.Add("Cookie", cookie);
        using var form = await client.SendAsync(antiforgery);
        var page = new Respondent.Page(form.StatusCode, await form.Content.ReadAsStringAsync(), "");
        var formCookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        var before = (await factory.ResponsesAsync()).Select(r => r.Id).DefaultIfEmpty(0).Max();
        var post = new HttpRequestMessage(HttpMethod.Post, $"/s/{code}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Consent"] = "true",
                ["AgeConfirmed"] = "true",
                ["__RequestVerificationToken"] = page.Token!,
            }),
        };
        post.Headers.Add("Cookie", cookie + "; " + formCookie);
        using var consent = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        return (await factory.ResponsesAsync()).Single(r => r.Id > before).Channel;
    }
}
