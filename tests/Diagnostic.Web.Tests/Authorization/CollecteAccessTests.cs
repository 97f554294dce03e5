using System.Net;
using System.Security.Claims;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Authorization;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Authorization;

public sealed class CollecteAccessTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private const string Mine = DiagnosticWebFactory.OpenCode;
    private const string Hers = DiagnosticWebFactory.ClosedCode;
    private const string HerCollecteName = "Collecte test " + Hers;

    /// <summary>Route parameters that name a collecte, on the staff pages.</summary>
    private static readonly string[] CollecteParameters = ["code", "collecteId", "collecteId"];

    [Fact]
    public async Task An_organisatrice_sees_only_her_collectes_and_an_admin_sees_every_one()
    {
        await factory.SeedAsync();
        var mine = await PrincipalAsync(Roles.Organizer, Mine);
        var committee = await PrincipalAsync(Roles.Committee, Hers);
        var unassigned = await PrincipalAsync(Roles.Organizer);
        var admin = await PrincipalAsync(Roles.Admin);

        Assert.Equal([Mine], await VisibleCodesAsync(mine));
        Assert.Equal([Hers], await VisibleCodesAsync(committee));
        Assert.Empty(await VisibleCodesAsync(unassigned));
        Assert.Equal([Hers, Mine], await VisibleCodesAsync(admin));
        Assert.Empty(await VisibleCodesAsync(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public async Task Finding_another_organisatrices_collecte_by_id_or_code_gives_nothing()
    {
        await factory.SeedAsync();
        var mine = await PrincipalAsync(Roles.Organizer, Mine);
        var herId = await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == Hers).Select(s => s.Id).SingleAsync());

        await using var scope = factory.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<CollecteAccess>();

        Assert.Null(await access.FindVisibleAsync(mine, herId));
        Assert.Null(await access.FindVisibleAsync(mine, Hers));
        Assert.False(await access.CanSeeAsync(mine, herId));
        Assert.NotNull(await access.FindVisibleAsync(mine, Mine));
    }

    [Fact]
    public async Task Another_organisatrices_collecte_is_a_404_on_every_staff_page_and_never_listed()
    {
        await factory.SeedAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer, followRedirects: false, Mine);
        var herId = await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == Hers).Select(s => s.Id).SingleAsync());

        var home = await organizer.Browser().GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Collecte test " + Mine, home.Text);
        Assert.DoesNotContain(HerCollecteName, home.Text);

        foreach (var url in CollectePageUrls(Hers, herId))
        {
            var page = await organizer.Browser().GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.NotFound, $"{url}: {page.Status}");
            Assert.DoesNotContain(HerCollecteName, page.Text);
        }
    }

    /// <summary>Every /admin or /comite page whose address names a collecte, filled with the given one.</summary>
    private IEnumerable<string> CollectePageUrls(string code, int id) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern)
            .Where(p => p.RawText is { } raw && (raw.TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase)
                || raw.TrimStart('/').StartsWith("comite", StringComparison.OrdinalIgnoreCase)))
            .Where(p => p.Parameters.Any(IsCollecte))
            .Select(p => "/" + string.Join("/", p.PathSegments.Select(s => string.Concat(s.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart q when q.Name == "code" => code,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => "",
            })))))
            .ToList();

    private static bool IsCollecte(Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p) =>
        CollecteParameters.Contains(p.Name) || (p.Name == "id" && p.ParameterPolicies.Any(x => x.Content == "int"));

    private async Task<ClaimsPrincipal> PrincipalAsync(string role, params string[] codes)
    {
        var userId = await factory.CreateUserAsync($"{Guid.NewGuid():N}@test.local", role);
        foreach (var code in codes) await factory.AssignAsync(userId, code);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DiagnosticUser>>();
        var claims = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<DiagnosticUser>>();
        return await claims.CreateAsync((await users.FindByIdAsync(userId))!);
    }

    private async Task<List<string>> VisibleCodesAsync(ClaimsPrincipal user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CollecteAccess>().Visible(user)
            .Select(s => s.PublicCode).OrderBy(c => c).ToListAsync();
    }
}
