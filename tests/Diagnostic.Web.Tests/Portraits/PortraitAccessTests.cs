using System.Net;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Diagnostic.Web.Tests.Portraits;

/// <summary>The test collecte with its portrait not public, sign-in required (the default).</summary>
public sealed class PrivatePortraitFactory : DiagnosticWebFactory;

/// <summary>Sign-in switched off by the setting, as a local demo before accounts exist.</summary>
public sealed class OpenPortraitFactory : DiagnosticWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portraits:RequireSignIn", "false");
    }
}

public sealed class PortraitAccessTests(PrivatePortraitFactory closed, OpenPortraitFactory open)
    : IClassFixture<PrivatePortraitFactory>, IClassFixture<OpenPortraitFactory>
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
    public async Task A_portrait_not_marked_public_is_not_found_for_an_anonymous_reader(string path)
    {
        await PortraitData.SeedAsync(closed, portraitPublic: false);

        var response = await closed.NewClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Without_required_sign_in_a_non_public_portrait_is_served(string path)
    {
        await PortraitData.SeedAsync(open, portraitPublic: false);

        var response = await open.NewClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
