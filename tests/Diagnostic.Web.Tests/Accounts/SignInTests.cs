using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Web.Authorization;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Accounts;

public sealed class SignInTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private HttpClient NoRedirectClient() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<(Respondent Browser, string Email)> NewAccountAsync(string role = Roles.Organizer)
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        await factory.CreateUserAsync(email, role);
        return (new Respondent(NoRedirectClient()), email);
    }

    private static Task<Respondent.Page> SignInAsync(Respondent browser, string email, string password, string? returnUrl = null) =>
        browser.PostAsync("/connexion" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)),
            ("Input.Email", email), ("Input.Password", password), ("ReturnUrl", returnUrl ?? ""));

    [Fact]
    public async Task An_organisatrice_with_the_right_password_lands_on_her_collectes_with_a_safe_cookie()
    {
        var (browser, email) = await NewAccountAsync();
        using var form = await browser.Client.GetAsync("/connexion");
        var token = new Respondent.Page(form.StatusCode, await form.Content.ReadAsStringAsync(), "").Token;
        using var response = await browser.Client.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = SignInExtensions.Password,
            ["__RequestVerificationToken"] = token!,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AccountsFeature.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).Status);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.UserSignedIn && e.ActorDisplay == email)));
    }

    [Fact]
    public async Task A_wrong_password_gives_one_message_that_does_not_say_whether_the_account_exists()
    {
        var (browser, email) = await NewAccountAsync();

        var wrongPassword = await SignInAsync(browser, email, "not-the-password");
        var unknownAccount = await SignInAsync(browser, "nobody@test.local", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.Status);
        Assert.Contains("Adresse courriel ou mot de passe incorrect.", wrongPassword.Text);
        Assert.Contains("Adresse courriel ou mot de passe incorrect.", unknownAccount.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task Ten_wrong_passwords_block_the_account_for_five_minutes_with_the_same_message_as_any_failure()
    {
        var (browser, email) = await NewAccountAsync();
        var failure = await SignInAsync(browser, "nobody@test.local", "wrong");
        for (var i = 0; i < AccountRules.MaxFailedAttempts - 1; i++) Assert.Contains("incorrect", (await SignInAsync(browser, email, "wrong-" + i)).Text);

        var tenth = await SignInAsync(browser, email, "wrong-10");
        var right = await SignInAsync(browser, email, SignInExtensions.Password);

        Assert.Equal(10, AccountRules.MaxFailedAttempts);
        Assert.Equal(Message(failure), Message(tenth));
        Assert.Equal(Message(failure), Message(right));
        Assert.Contains("le compte est bloqué pendant 5 minutes", Message(right));
        Assert.Equal(HttpStatusCode.OK, right.Status); // no redirect: not signed in
        var (lockoutEnd, lockouts) = await factory.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync(),
            await db.AuditEntries.CountAsync(e => e.Action == AuditActions.UserLockedOut)));
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
        Assert.Equal(1, lockouts);
    }

    [Fact]
    public async Task Failures_older_than_the_sign_in_span_no_longer_count_toward_a_lockout()
    {
        var (browser, email) = await NewAccountAsync();
        for (var i = 0; i < AccountRules.MaxFailedAttempts - 1; i++) await SignInAsync(browser, email, "wrong-" + i);
        var since = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.FailedSignInsSince).SingleAsync());
        Assert.NotNull(since); // the run of failures began at the first one

        // Nine minutes later (the default sign-in span: the 10-minute window less one segment) the run is over: nine
        // new failures lock nothing, where one more failure in the same run would have.
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.FailedSignInsSince, since!.Value.AddMinutes(-9))));
        for (var i = 0; i < AccountRules.MaxFailedAttempts - 1; i++) await SignInAsync(browser, email, "again-" + i);
        var right = await SignInAsync(browser, email, SignInExtensions.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.Status);
        var user = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => new { u.LockoutEnd, u.AccessFailedCount }).SingleAsync());
        Assert.Null(user.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);
    }

    private static string Message(Respondent.Page page) =>
        System.Text.RegularExpressions.Regex.Match(page.Text, "id=\"login-problem\">\\s*<p>([^<]*)</p>").Groups[1].Value;

    [Fact]
    public async Task Sign_out_is_a_post_and_ends_the_session()
    {
        var signedIn = await factory.SignInAsAsync(Roles.Organizer, followRedirects: false);
        var browser = signedIn.Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).Status);

        var afterGet = await browser.GetAsync("/deconnexion");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).Status);
        var signOut = await browser.PostAsync("/deconnexion");

        Assert.Equal(HttpStatusCode.OK, afterGet.Status);
        Assert.Equal(HttpStatusCode.Redirect, signOut.Status);
        var after = await browser.Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/connexion", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/admin", "/admin")]
    [InlineData("/admin/users?x=1", "/admin")] // local but not allowed for an organisatrice: the page itself answers 403
    [InlineData("https://evil.example/steal", "/admin")]
    [InlineData("//evil.example/steal", "/admin")]
    [InlineData("/\\evil.example", "/admin")]
    public async Task The_return_address_is_followed_only_when_it_is_on_this_site(string returnUrl, string fallback)
    {
        var (browser, email) = await NewAccountAsync();

        var page = await SignInAsync(browser, email, SignInExtensions.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var location = (await LastLocationAsync(browser, email, returnUrl))!;
        Assert.DoesNotContain("evil.example", location);
        Assert.Equal(returnUrl.StartsWith("/admin", StringComparison.Ordinal) ? returnUrl : fallback, location);
    }

    [Fact]
    public async Task The_sign_in_form_refuses_a_post_without_its_antiforgery_token()
    {
        var (browser, email) = await NewAccountAsync();

        var page = await browser.PostWithTokenAsync("/connexion", null, ("Input.Email", email), ("Input.Password", SignInExtensions.Password));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page_with_their_return_address()
    {
        using var response = await NoRedirectClient().GetAsync("/admin/audit?Action=user.created");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/connexion?ReturnUrl=%2Fadmin%2Faudit%3FAction%3Duser.created", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task A_signed_in_account_without_the_role_gets_the_access_denied_page_with_403()
    {
        var committee = await factory.SignInAsAsync(Roles.Committee, followRedirects: false);

        var page = await committee.Browser().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("Accès refusé", page.Text);
    }

    private static async Task<string?> LastLocationAsync(Respondent browser, string email, string returnUrl)
    {
        using var form = await browser.Client.GetAsync("/connexion");
        var token = new Respondent.Page(form.StatusCode, await form.Content.ReadAsStringAsync(), "").Token!;
        using var response = await browser.Client.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = SignInExtensions.Password,
            ["ReturnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
        return response.Headers.Location?.OriginalString;
    }
}
