using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Diagnostic.Web.Tests.Portraits;

/// <summary>The test collecte with its portrait not public.</summary>
public sealed class PrivatePortraitFactory : DiagnosticWebFactory;

public sealed class PortraitAccessTests(PrivatePortraitFactory factory) : IClassFixture<PrivatePortraitFactory>
{
    public static readonly TheoryData<string> Paths = new()
    {
        "/portrait/test",
        "/portrait/test/quartier/nord",
        "/portrait/test/imprimer",
        "/portrait/test/portrait.csv",
        "/portrait/test/graphiques/heatmap.png",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task An_anonymous_reader_of_a_portrait_not_marked_public_is_sent_to_sign_in(string path)
    {
        await PortraitData.SeedAsync(factory, portraitPublic: false);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion?ReturnUrl=", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task An_organisatrice_reads_the_portraits_of_her_collectes_only()
    {
        await PortraitData.SeedAsync(factory, portraitPublic: false);
        var hers = await factory.SignInAsAsync(Roles.Organizer, DiagnosticWebFactory.OpenCode);
        var other = await factory.SignInAsAsync(Roles.Organizer, DiagnosticWebFactory.ClosedCode);

        Assert.Equal(HttpStatusCode.OK, (await hers.Client.GetAsync("/portrait/test/quartier/nord")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync("/portrait/test/quartier/nord")).StatusCode);
    }
}
