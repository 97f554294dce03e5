using System.Net;
using System.Text.RegularExpressions;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Accounts;

public sealed class UserAdministrationTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private async Task<(Respondent Admin, string AdminEmail, string UserId, string Email)> AdminWithNewOrganizerAsync()
    {
        await factory.SeedAsync();
        var admin = await factory.SignInAsAsync(Roles.Admin);
        var email = $"{Guid.NewGuid():N}@cdc.example";
        var created = await admin.Browser().PostAsync("/admin/users/nouveau",
            ("Input.Email", email), ("Input.Password", "une phrase de passe"), ("Input.Role", Roles.Organizer));
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var userId = Regex.Match(created.Path, "^/admin/users/(.+)$").Groups[1].Value;
        Assert.NotEmpty(userId);
        return (admin.Browser(), admin.Email, userId, email);
    }

    private async Task<SignedInClient> SignInAsync(string email, string password = "une phrase de passe")
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignInExtensions.SignInAsync(client, email, password);
        return new SignedInClient(client, "", email, password);
    }

    [Fact]
    public async Task An_admin_creates_an_organisatrice_who_is_listed_and_audited_with_the_admin_as_actor()
    {
        var (admin, adminEmail, userId, email) = await AdminWithNewOrganizerAsync();

        var list = await admin.GetAsync("/admin/users");

        Assert.Contains(email, list.Text);
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.UserCreated && e.TargetId == userId));
        Assert.Equal((adminEmail, "role organisatrice"), (entry.ActorDisplay, entry.Details));
    }

    [Fact]
    public async Task The_admin_form_refuses_a_duplicate_email_and_a_short_password()
    {
        var (admin, _, _, email) = await AdminWithNewOrganizerAsync();

        var duplicate = await admin.PostAsync("/admin/users/nouveau",
            ("Input.Email", email), ("Input.Password", "une phrase de passe"), ("Input.Role", Roles.Committee));
        var weak = await admin.PostAsync("/admin/users/nouveau",
            ("Input.Email", "autre@cdc.example"), ("Input.Password", "court"), ("Input.Role", Roles.Committee));

        Assert.Contains("Un compte existe déjà avec cette adresse courriel.", duplicate.Text);
        Assert.Contains("Le mot de passe doit compter au moins 10 caractères.", weak.Text);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "autre@cdc.example")));
    }

    [Fact]
    public async Task An_assigned_collecte_appears_on_the_organisatrices_home()
    {
        var (admin, _, userId, email) = await AdminWithNewOrganizerAsync();
        var collecteId = await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == DiagnosticWebFactory.OpenCode).Select(s => s.Id).SingleAsync());

        await admin.PostAsync($"/admin/users/{userId}?handler=Assign", ("collecteIds", collecteId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var home = await (await SignInAsync(email)).Browser().GetAsync("/admin");

        Assert.Contains("Collecte test " + DiagnosticWebFactory.OpenCode, home.Text);
        Assert.DoesNotContain("Collecte test " + DiagnosticWebFactory.ClosedCode, home.Text);
    }

    [Fact]
    public async Task A_locked_account_is_signed_out_at_once_and_cannot_sign_in_until_unlocked()
    {
        var (admin, _, userId, email) = await AdminWithNewOrganizerAsync();
        var organizer = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await organizer.Browser().GetAsync("/admin")).Status);

        await admin.PostAsync($"/admin/users/{userId}?handler=Lock");
        var afterLock = await organizer.Browser().GetAsync("/admin");
        var again = await new Respondent(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
            .PostAsync("/connexion", ("Input.Email", email), ("Input.Password", "une phrase de passe"));
        await admin.PostAsync($"/admin/users/{userId}?handler=Unlock");
        var afterUnlock = await SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, afterLock.Status);
        // The same message as any failed sign-in (no account enumeration); it mentions blocked accounts.
        Assert.Contains("Adresse courriel ou mot de passe incorrect.", again.Text);
        Assert.Contains("demandez à une administratrice ou à un administrateur de le débloquer", again.Text);
        Assert.Equal(HttpStatusCode.OK, again.Status); // not signed in
        Assert.Equal(HttpStatusCode.OK, (await afterUnlock.Browser().GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task A_role_change_applies_to_the_next_request()
    {
        var (admin, _, userId, email) = await AdminWithNewOrganizerAsync();
        var person = await SignInAsync(email);

        await admin.PostAsync($"/admin/users/{userId}?handler=Role", ("role", Roles.Committee));

        var admins = await person.Browser().GetAsync("/admin");
        Assert.True(admins.Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, admins.Status.ToString());
        var again = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await again.Browser().GetAsync("/admin")).Status);
        Assert.Equal(HttpStatusCode.OK, (await again.Browser().GetAsync("/comite")).Status);
    }

    [Fact]
    public async Task An_admin_cannot_lock_herself_out()
    {
        await factory.SeedAsync();
        var admin = await factory.SignInAsAsync(Roles.Admin, followRedirects: false);

        var page = await admin.Browser().PostAsync($"/admin/users/{admin.UserId}?handler=Lock");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(HttpStatusCode.OK, (await admin.Browser().GetAsync("/admin/users")).Status);
    }

    [Fact]
    public async Task A_signed_in_account_changes_its_password_with_the_current_one()
    {
        var committee = await factory.SignInAsAsync(Roles.Committee);

        var wrong = await committee.Browser().PostAsync("/compte/mot-de-passe",
            ("Input.Current", "pas le bon"), ("Input.New", "nouvelle phrase"), ("Input.Confirm", "nouvelle phrase"));
        var right = await committee.Browser().PostAsync("/compte/mot-de-passe",
            ("Input.Current", committee.Password), ("Input.New", "nouvelle phrase"), ("Input.Confirm", "nouvelle phrase"));

        Assert.Contains("Le mot de passe actuel est incorrect.", wrong.Text);
        Assert.Contains("Votre mot de passe a été changé.", right.Text);
        Assert.Equal(HttpStatusCode.OK, (await (await SignInAsync(committee.Email, "nouvelle phrase")).Browser().GetAsync("/comite")).Status);
    }
}
