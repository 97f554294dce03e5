using System.Net;
using System.Text.RegularExpressions;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Diagnostic.Web.Tests.Accounts;

public sealed class DemoAccountsTests(DemoAccountsFactory factory) : IClassFixture<DemoAccountsFactory>
{
    private string PasswordOf(string email)
    {
        factory.NewClient(); // starts the app, which seeds
        var banner = Assert.Single(factory.Messages, m => m.Message.Contains("==== DEMO ===="));
        Assert.Equal(LogLevel.Warning, banner.Level);
        return Regex.Match(banner.Message, Regex.Escape(email) + @"\s+(\S+)").Groups[1].Value;
    }

    [Fact]
    public async Task Demo_mode_prints_one_account_per_role_once_and_the_organisatrice_sees_the_demo_collectes()
    {
        var password = PasswordOf(DemoAccounts.OrganizerEmail);
        Assert.Equal(16, password.Length);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await SignInExtensions.SignInAsync(client, DemoAccounts.OrganizerEmail, password);
        var home = await new Respondent(client).GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Collecte 2026 — Shawinigan", home.Text);
        Assert.Contains("Collecte 2026 — Partenaires de Shawinigan", home.Text);
    }

    [Fact]
    public async Task The_demo_admin_and_committee_member_can_sign_in_with_the_printed_passwords()
    {
        var admin = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var committee = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await SignInExtensions.SignInAsync(admin, DemoAccounts.AdminEmail, PasswordOf(DemoAccounts.AdminEmail));
        await SignInExtensions.SignInAsync(committee, DemoAccounts.CommitteeEmail, PasswordOf(DemoAccounts.CommitteeEmail));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await committee.GetAsync("/comite")).StatusCode);
        var roles = await factory.WithDbAsync(db => db.UserRoles.CountAsync());
        Assert.Equal(Roles.All.Count, roles);
    }
}
