using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Tests.Abuse;

/// <summary>
/// Sign-in under attack: one address gets a few tries per window, then the 429 page; that stops before the account
/// lockout, so nobody can lock an owner out from one address, and an unknown email looks like a wrong password.
/// </summary>
public sealed partial class SignInRateLimitTests(RateLimitWebFactory factory) : IClassFixture<RateLimitWebFactory>
{
    private async Task<string> NewAccountAsync()
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        await factory.CreateUserAsync(email, Roles.Organizer);
        return email;
    }

    private Task<Respondent.Page> SignInAsync(string address, string email, string password) =>
        new Respondent(factory.ClientFrom(address, followRedirects: false)).PostAsync("/connexion", ("Input.Email", email), ("Input.Password", password));

    private static string Message(Respondent.Page page) => ProblemPattern().Match(page.Html).Groups[1].Value;

    [Fact]
    public async Task A_burst_of_wrong_passwords_from_one_address_is_refused_and_cannot_lock_the_owner_out()
    {
        var email = await NewAccountAsync();
        var attacker = RateLimitWebFactory.NewAddress();

        var tries = new List<Respondent.Page>();
        for (var i = 0; i < AccountRules.MaxFailedAttempts + 2; i++) tries.Add(await SignInAsync(attacker, email, "wrong-" + i));
        var owner = await SignInAsync(RateLimitWebFactory.NewAddress(), email, SignInExtensions.Password);

        Assert.All(tries.Take(RateLimitWebFactory.SignInsPerAddress), p => Assert.Contains("Adresse courriel ou mot de passe incorrect", p.Text));
        Assert.All(tries.Skip(RateLimitWebFactory.SignInsPerAddress), p =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, p.Status);
            Assert.Contains("Trop de demandes en peu de temps", p.Text);
        });
        Assert.Equal(HttpStatusCode.Redirect, owner.Status); // signed in at once: no lockout to wait out
        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.Null(lockoutEnd);
    }

    [Fact]
    public async Task The_right_password_from_a_refused_address_is_refused_too_until_the_window_ends()
    {
        var email = await NewAccountAsync();
        var address = RateLimitWebFactory.NewAddress();
        for (var i = 0; i < RateLimitWebFactory.SignInsPerAddress; i++) await SignInAsync(address, email, "wrong-" + i);

        var right = await SignInAsync(address, email, SignInExtensions.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.Status);
        Assert.Contains("Attendez 5 minutes, puis réessayez", right.Text);
    }

    [Fact]
    public async Task An_unknown_email_and_a_wrong_password_get_the_same_message_and_comparable_time()
    {
        var email = await NewAccountAsync();
        await SignInAsync(RateLimitWebFactory.NewAddress(), "warm-up@test.local", "warm-up"); // first hash, JIT

        var unknown = new List<(Respondent.Page Page, TimeSpan Time)>();
        var wrong = new List<(Respondent.Page Page, TimeSpan Time)>(); // the same message is what matters here
        for (var i = 0; i < 3; i++)
        {
            unknown.Add(await TimedAsync(() => SignInAsync(RateLimitWebFactory.NewAddress(), $"nobody-{i}@test.local", "not-the-password")));
            wrong.Add(await TimedAsync(() => SignInAsync(RateLimitWebFactory.NewAddress(), email, "not-the-password")));
        }

        var message = Message(wrong[0].Page);
        Assert.Contains("Adresse courriel ou mot de passe incorrect", message);
        Assert.All(unknown.Concat(wrong), t => Assert.Equal(message, Message(t.Page)));
        // Without the dummy hash an unknown email answered at once (2 ms against 82 ms for a wrong password). Now it must
        // cost at least about one password hash, measured here on the same machine under the same load. (A wrong
        // password also writes the failure count, which a loaded disk can make slower still.)
        var unknownMedian = unknown.Select(t => t.Time).Order().ElementAt(1);
        var oneHash = OneHashTime();
        Assert.True(unknownMedian > oneHash / 2, $"unknown email {unknownMedian.TotalMilliseconds} ms, one password hash {oneHash.TotalMilliseconds} ms");
    }

    /// <summary>The fastest of three checks of a password against a hash, with the app's own hasher.</summary>
    private TimeSpan OneHashTime()
    {
        using var scope = factory.Services.CreateScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<DiagnosticUser>>();
        var user = new DiagnosticUser();
        var hash = hasher.HashPassword(user, "a-long-enough-password");
        return Enumerable.Range(0, 3).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            hasher.VerifyHashedPassword(user, hash, "another-password");
            return clock.Elapsed;
        }).Min();
    }

    [Fact]
    public async Task Many_addresses_together_lock_the_account_only_for_a_few_minutes_and_with_the_same_message()
    {
        var email = await NewAccountAsync();
        var pages = new List<Respondent.Page>();
        for (var i = 0; i < AccountRules.MaxFailedAttempts; i++) pages.Add(await SignInAsync(RateLimitWebFactory.NewAddress(), email, "wrong-" + i));

        var locked = await SignInAsync(RateLimitWebFactory.NewAddress(), email, SignInExtensions.Password);

        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Equal(Message(pages[0]), Message(locked));
        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), AccountRules.LockoutDuration);
    }

    [Fact]
    public void A_sign_in_limit_that_would_let_one_address_lock_an_account_stops_the_start()
    {
        using var bad = new TooGenerousSignInFactory();

        var error = Assert.Throws<OptionsValidationException>(() => bad.CreateClient());

        Assert.Contains("RateLimits:SignIn:PerAddress must stay below the 10 failed sign-ins", error.Message);
    }

    private static async Task<(Respondent.Page, TimeSpan)> TimedAsync(Func<Task<Respondent.Page>> action)
    {
        var clock = Stopwatch.StartNew();
        var page = await action();
        return (page, clock.Elapsed);
    }

    private sealed class TooGenerousSignInFactory : RateLimitWebFactory
    {
        protected override string SignInPerAddressSetting => AccountRules.MaxFailedAttempts.ToString();
    }

    [GeneratedRegex("id=\"login-problem\">\\s*<p>([^<]*)</p>")]
    private static partial Regex ProblemPattern();
}
