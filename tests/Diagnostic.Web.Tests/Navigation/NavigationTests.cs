using System.Net;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Navigation;

/// <summary>The staff areas link to each other: what each person is shown is a page she may open.</summary>
public sealed class NavigationTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private static string Href(string path) => $"href=\"{path}\"";

    private Task<int> IdOfAsync(string code) =>
        factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == code).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task The_organizer_home_links_her_areas_and_her_collectes_and_only_an_admin_gets_users_and_journal()
    {
        await factory.SeedAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer, DiagnosticWebFactory.OpenCode);
        var admin = await factory.SignInAsAsync(Roles.Admin);

        var hers = await organizer.Browser().GetAsync("/admin");
        var his = await admin.Browser().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, hers.Status);
        foreach (var path in new[] { "/admin/collectes", "/admin/territoires", "/admin/partenaires" })
        {
            Assert.Contains(Href(path), hers.Html);
            Assert.Contains(Href(path), his.Html);
        }
        Assert.Contains(Href($"/admin/collectes/{await IdOfAsync(DiagnosticWebFactory.OpenCode)}"), hers.Html);
        Assert.DoesNotContain(Href($"/admin/collectes/{await IdOfAsync(DiagnosticWebFactory.ClosedCode)}"), hers.Html);
        Assert.DoesNotContain("id=\"link-users\"", hers.Html);
        Assert.DoesNotContain("id=\"link-audit\"", hers.Html);
        Assert.Contains("id=\"link-users\"", his.Html);
        Assert.Contains("id=\"link-audit\"", his.Html);
        Assert.Contains(Href($"/admin/collectes/{await IdOfAsync(DiagnosticWebFactory.ClosedCode)}"), his.Html);
    }

    [Fact]
    public async Task A_collecte_page_links_its_tools_and_invitations_only_for_a_partner_collecte()
    {
        await factory.SeedAsync();
        await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == DiagnosticWebFactory.ClosedCode)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Audience, Audience.Partner)));
        var organizer = await factory.SignInAsAsync(Roles.Organizer, DiagnosticWebFactory.OpenCode, DiagnosticWebFactory.ClosedCode);
        var openId = await IdOfAsync(DiagnosticWebFactory.OpenCode);
        const string code = DiagnosticWebFactory.OpenCode;

        var citizen = await organizer.Browser().GetAsync($"/admin/collectes/{openId}");
        var partner = await organizer.Browser().GetAsync($"/admin/collectes/{await IdOfAsync(DiagnosticWebFactory.ClosedCode)}");

        Assert.Equal(HttpStatusCode.OK, citizen.Status);
        foreach (var path in new[]
        {
            $"/admin/collectes/{openId}/participation", $"/admin/collectes/{openId}/affiche", $"/admin/collectes/{openId}/papier",
            $"/portrait/{code}", $"/admin/collectes/{code}/export", $"/admin/collectes/{code}/import",
            $"/admin/collectes/{code}/conservation", $"/admin/collectes/{code}/supprimer",
        })
        {
            Assert.Contains(Href(path), citizen.Html);
            Assert.Equal(HttpStatusCode.OK, (await organizer.Browser().GetAsync(path)).Status);
        }
        Assert.DoesNotContain("/invitations", citizen.Html);
        Assert.Contains(Href($"/admin/collectes/{DiagnosticWebFactory.ClosedCode}/invitations"), partner.Html);
    }

    [Fact]
    public async Task The_comite_pages_link_the_plan_the_bilan_the_public_summary_and_the_portraits()
    {
        var w = await ComiteWorld.CreateAsync(factory);
        var year = await factory.WithDbAsync(db => db.ComiteCycles.Where(c => c.Id == w.CycleId)
            .Select(c => new { c.YearLabel, c.ComiteId, c.Comite!.Territory!.Code }).SingleAsync());
        var links = new[] { $"/comite/plan/{w.CycleId}", $"/comite/bilan/{w.CycleId}", $"/bilan/{year.Code}/{year.YearLabel}/{year.ComiteId}" };

        var home = await w.Citizen.Browser().GetAsync("/comite");
        var cycle = await w.Citizen.Browser().GetAsync($"/comite/annee/{w.CycleId}");
        var organizerHome = await w.Organizer.Browser().GetAsync("/comite");

        foreach (var path in links)
        {
            Assert.Contains(Href(path), home.Html);
            Assert.Contains(Href(path), cycle.Html);
            Assert.Equal(HttpStatusCode.OK, (await w.Citizen.Browser().GetAsync(path)).Status);
        }
        Assert.Contains(Href($"/portrait/{DiagnosticWebFactory.OpenCode}"), home.Html);
        // The organisatrice is assigned to no collecte: no portrait she could not open is listed.
        Assert.DoesNotContain(Href($"/portrait/{DiagnosticWebFactory.OpenCode}"), organizerHome.Html);
    }

    [Fact]
    public async Task The_staff_menu_shows_the_comite_to_the_committee_policy_and_users_only_to_an_admin()
    {
        await factory.SeedAsync();
        var member = await factory.SignInAsAsync(Roles.Committee);
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var admin = await factory.SignInAsAsync(Roles.Admin);

        var pages = new[]
        {
            await member.Browser().GetAsync("/compte/mot-de-passe"),
            await organizer.Browser().GetAsync("/compte/mot-de-passe"),
            await admin.Browser().GetAsync("/compte/mot-de-passe"),
        };

        Assert.All(pages, p => Assert.Contains("id=\"menu-comite\"", p.Html));
        Assert.All(pages, p => Assert.Contains(Href("/comite"), p.Html));
        Assert.DoesNotContain(Href("/admin"), pages[0].Html);
        Assert.Contains(Href("/admin"), pages[1].Html);
        Assert.DoesNotContain(Href("/admin/users"), pages[1].Html);
        Assert.Contains(Href("/admin/users"), pages[2].Html);
    }
}
