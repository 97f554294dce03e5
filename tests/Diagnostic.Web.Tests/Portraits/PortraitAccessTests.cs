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

    [Fact]
    public async Task A_chart_drawing_follows_its_portraits_access_and_is_a_plain_404_for_whoever_may_not_read_it()
    {
        await PortraitData.SeedAsync(factory, portraitPublic: false);
        const string chart = "/portrait/test/graphiques/scores.svg?lang=fr&quartier=nord&largeur=360";
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var hers = await factory.SignInAsAsync(Roles.Organizer, DiagnosticWebFactory.OpenCode);
        var other = await factory.SignInAsAsync(Roles.Organizer, DiagnosticWebFactory.ClosedCode);
        var member = await factory.SignInAsAsync(Roles.Committee);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(chart)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(chart)).StatusCode);
        // A comité member on no comité covers no territory: the portrait does not exist for her.
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync(chart)).StatusCode);
        var allowed = await hers.Client.GetAsync(chart);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("image/svg+xml", allowed.Content.Headers.ContentType?.MediaType);
    }
}
