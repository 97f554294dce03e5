using Diagnostic.Data.Accounts;
using Diagnostic.Web.Pages.Admin.Collectes;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organizer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Diagnostic.Web.Tests.Hosting;

/// <summary>
/// Issue 11, finding 6: posters, QR codes and shared links come from PublicBaseUrl, never from the Host header. The
/// host filter is opened here (AllowedHosts "*", as behind a proxy that passes any Host) to reach the pages at all.
/// </summary>
public sealed class ForgedHostTests(ForgedHostTests.OpenHostFactory factory) : IClassFixture<ForgedHostTests.OpenHostFactory>
{
    private const string Public = "https://diagnostic.example.org";

    public sealed class OpenHostFactory : DiagnosticWebFactory
    {
        public OpenHostFactory() => PublicBaseUrl = Public;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("AllowedHosts", "*");
        }
    }

    [Fact]
    public async Task Poster_QR_codes_and_collecte_links_point_to_PublicBaseUrl_when_the_Host_header_is_forged()
    {
        var client = await OrganizerOnForgedHostAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);

        var poster = await client.GetStringAsync($"/admin/collectes/{id}/affiche");
        var detail = await client.GetStringAsync($"/admin/collectes/{id}");

        Assert.Contains($"<p class=\"poster-url\">{Public}/s/test</p>", poster);
        Assert.Contains($"<p class=\"poster-url\">{Public}/s/test?quartier=nord</p>", poster);
        // The QR code drawn is exactly the one of the public address (QR rendering is deterministic).
        Assert.Contains(QrSvg.Render($"{Public}/s/test"), poster);
        Assert.Contains(QrSvg.Render($"{Public}/s/test?quartier=sud"), poster);
        Assert.Contains($"href=\"{Public}/s/test\"", detail);
        Assert.Contains($"href=\"{Public}/s/test?quartier=nord\"", detail);
        Assert.Contains($"href=\"{Public}/kiosque/test\"", detail);
        Assert.DoesNotContain("evil.example", poster);
        Assert.DoesNotContain("evil.example", detail);
    }

    [Fact]
    public async Task The_resume_address_shown_to_a_citizen_is_the_public_one_when_the_Host_header_is_forged()
    {
        await factory.SeedAsync();
        var citizen = new Respondent(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") }));

        var step = await citizen.StartAsync();

        Assert.Contains("diagnostic.example.org/s/test/reprendre", step.Html);
        Assert.DoesNotContain("evil.example", step.Html);
    }

    [Fact]
    public async Task Without_an_explicit_AllowedHosts_a_forged_Host_is_refused()
    {
        using var strict = new DiagnosticWebFactory { PublicBaseUrl = Public };
        using var forged = strict.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        using var own = strict.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(Public) });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await forged.GetAsync("/")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await own.GetAsync("/")).StatusCode);
    }

    private async Task<HttpClient> OrganizerOnForgedHostAsync()
    {
        await factory.SeedAsync();
        var email = $"organisatrice-{Guid.NewGuid():N}@test.local";
        var userId = await factory.CreateUserAsync(email, Roles.Organizer);
        await factory.AssignAsync(userId, DiagnosticWebFactory.OpenCode);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example"), HandleCookies = true });
        await SignInExtensions.SignInAsync(client, email, SignInExtensions.Password);
        return client;
    }
}
