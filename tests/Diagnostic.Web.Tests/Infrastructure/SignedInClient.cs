using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Infrastructure;

/// <summary>A staff member signed in through the real /connexion form, with her browser-like client.</summary>
public sealed record SignedInClient(HttpClient Client, string UserId, string Email, string Password)
{
    /// <summary>The same client as a form-filling <see cref="Respondent"/> (antiforgery handled).</summary>
    public Respondent Browser(string code = DiagnosticWebFactory.OpenCode) => new(Client, code);
}

/// <summary>
/// Accounts for tests: <c>await factory.SignInAsAsync(Roles.Organizer, DiagnosticWebFactory.OpenCode)</c> creates an
/// organisatrice assigned to the collecte "test" and returns her signed-in client.
/// </summary>
public static class SignInExtensions
{
    public const string Password = "correct-horse-battery";

    /// <summary>Creates an account of the role (assigned to the given collectes by public code) and signs it in.</summary>
    public static async Task<SignedInClient> SignInAsAsync(
        this DiagnosticWebFactory factory, string role, params string[] collecteCodes) =>
        await factory.SignInAsAsync(role, followRedirects: true, collecteCodes);

    public static async Task<SignedInClient> SignInAsAsync(
        this DiagnosticWebFactory factory, string role, bool followRedirects, params string[] collecteCodes)
    {
        var email = $"{role}-{Guid.NewGuid():N}@test.local";
        var userId = await factory.CreateUserAsync(email, role, Password);
        foreach (var code in collecteCodes) await factory.AssignAsync(userId, code);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });
        await SignInAsync(client, email, Password);
        return new SignedInClient(client, userId, email, Password);
    }

    /// <summary>Posts the sign-in form with its antiforgery token; throws if no auth cookie comes back.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var form = await new Respondent(client).GetAsync("/connexion");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Email", email), new("Input.Password", password), new("__RequestVerificationToken", form.Token ?? ""),
        };
        using var response = await client.PostAsync("/connexion", new FormUrlEncodedContent(fields));
        var landed = response.StatusCode == HttpStatusCode.Redirect || response.RequestMessage?.RequestUri?.AbsolutePath != "/connexion";
        if (!landed) throw new InvalidOperationException($"Sign-in of {email} failed: {response.StatusCode}");
    }

    /// <summary>Creates an account through the same code as the CLI and the admin page; returns its id.</summary>
    public static async Task<string> CreateUserAsync(this DiagnosticWebFactory factory, string email, string role, string password = Password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(email, password, role, AuditActor.System);
        return result.User?.Id ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>Assigns the account to the collecte with this public code.</summary>
    public static Task AssignAsync(this DiagnosticWebFactory factory, string userId, string collecteCode) =>
        factory.WithDbAsync(async db =>
        {
            var collecteId = await db.Collectes.Where(s => s.PublicCode == collecteCode).Select(s => s.Id).SingleAsync();
            db.CollecteOrganizers.Add(new CollecteOrganizer { CollecteId = collecteId, UserId = userId });
            return await db.SaveChangesAsync();
        });
}
