using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>Who may open the organizer pages: organisatrice and admin yes, comité refused, anonymous sent to sign in.</summary>
public sealed class OrganizerAccessTests : IDisposable
{
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData(Roles.Organizer)]
    [InlineData(Roles.Admin)]
    public async Task Staff_who_run_collectes_open_every_organizer_page(string role)
    {
        await factory.SeedAsync();
        var staff = await factory.SignInAsAsync(role, DiagnosticWebFactory.OpenCode);

        foreach (var route in await factory.RoutesAsync())
        {
            var page = await staff.Browser().GetAsync(route);
            Assert.True(page.Status == HttpStatusCode.OK, $"{role} on {route}: {page.Status}");
        }
    }

    [Fact]
    public async Task A_committee_member_is_refused_every_organizer_page()
    {
        await factory.SeedAsync();
        var member = await factory.SignInAsAsync(Roles.Committee, DiagnosticWebFactory.OpenCode);

        foreach (var route in await factory.RoutesAsync())
        {
            var page = await member.Browser().GetAsync(route);
            Assert.True(page.Status == HttpStatusCode.Forbidden, $"comite on {route}: {page.Status}");
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page()
    {
        await factory.SeedAsync();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var route in await factory.RoutesAsync())
        {
            using var response = await client.GetAsync(route);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/connexion", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Another_organisatrices_collecte_is_not_found_on_every_page_and_its_name_does_not_leak()
    {
        var organizer = await factory.OrganizerAsync();
        var other = await factory.IdOfAsync(DiagnosticWebFactory.ClosedCode);

        foreach (var route in new[] { "", "/affiche", "/participation", "/papier", "/modifier" })
        {
            var page = await organizer.Browser().GetAsync($"/admin/collectes/{other}{route}");
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain("Collecte test fermee", page.Text);
        }
        var list = await organizer.Browser().GetAsync("/admin/collectes");
        Assert.Contains("Collecte test test", list.Text);
        Assert.DoesNotContain("Collecte test fermee", list.Text);
        var move = await organizer.Browser().PostWithTokenAsync($"/admin/collectes/{other}?handler=Move",
            (await organizer.Browser().GetAsync("/admin/collectes")).Token, ("to", "Archived"));
        Assert.Equal(HttpStatusCode.NotFound, move.Status);
    }

    [Fact]
    public async Task An_admin_sees_every_collecte()
    {
        await factory.SeedAsync();
        var admin = await factory.SignInAsAsync(Roles.Admin);

        var list = await admin.Browser().GetAsync("/admin/collectes");

        Assert.Contains("Collecte test test", list.Text);
        Assert.Contains("Collecte test fermee", list.Text);
    }
}
