using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Portraits;

/// <summary>
/// A portrait not marked public, by role: the collecte « test » is on Ville-Test (territory A) in the region Région-Test;
/// Autre-Ville (territory B) is another city of the same region. A comité member reads the portraits of her comités'
/// territories and those below them, nothing else (404, as if it did not exist).
/// </summary>
public sealed class ComiteTerritoryAccessTests(PrivatePortraitFactory factory) : IClassFixture<PrivatePortraitFactory>, IAsyncLifetime
{
    public static readonly TheoryData<string, string> Cases = Matrix();

    public async Task InitializeAsync()
    {
        await PortraitData.SeedAsync(factory, portraitPublic: false);
        await factory.WithDbAsync(async db =>
        {
            if (await db.Territories.AnyAsync(t => t.Code == "region")) return 0;
            var region = new Territory { Code = "region", Name = "Région-Test", Level = TerritoryLevel.Region };
            var city = await db.Territories.SingleAsync(t => t.Code == "ville");
            city.Parent = region;
            db.Territories.Add(new Territory { Code = "autre", Name = "Autre-Ville", Level = TerritoryLevel.City, Parent = region });
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var reader in new[] { "anonymous", "comite-A", "comite-region", "comite-B", "organisatrice", "organisatrice-other", "admin", "comite-none" })
            foreach (var path in new[] { "/portrait/test", "/portrait/test/quartier/nord", "/portrait/test/portrait.csv", "/portrait/test/graphiques/heatmap.png" })
                data.Add(reader, path);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_reads_a_portrait_not_marked_public_only_within_its_territories(string reader, string path)
    {
        var client = await ClientAsync(reader);

        using var response = await client.GetAsync(path);

        var expected = reader switch
        {
            "anonymous" => HttpStatusCode.Redirect, // to the sign-in page
            "comite-A" or "comite-region" or "organisatrice" or "admin" => HttpStatusCode.OK,
            _ => HttpStatusCode.NotFound,
        };
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK && path.EndsWith(".csv", StringComparison.Ordinal))
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        if (expected == HttpStatusCode.OK && path.EndsWith(".png", StringComparison.Ordinal))
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("comite-A", true)]
    [InlineData("comite-region", true)]
    [InlineData("comite-B", false)]
    public async Task The_comite_home_lists_only_the_portraits_a_member_may_open(string reader, bool listed)
    {
        var client = await ClientAsync(reader);

        var page = await new Respondent(client).GetAsync("/comite");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(listed, page.Html.Contains("/portrait/test\"", StringComparison.Ordinal));
    }

    private async Task<HttpClient> ClientAsync(string reader)
    {
        if (reader == "anonymous") return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = reader switch
        {
            "organisatrice" => await factory.SignInAsAsync(Roles.Organizer, followRedirects: false, DiagnosticWebFactory.OpenCode),
            "organisatrice-other" => await factory.SignInAsAsync(Roles.Organizer, followRedirects: false, DiagnosticWebFactory.ClosedCode),
            "admin" => await factory.SignInAsAsync(Roles.Admin, followRedirects: false),
            _ => await factory.SignInAsAsync(Roles.Committee, followRedirects: false),
        };
        var territory = reader switch { "comite-A" => "ville", "comite-region" => "region", "comite-B" => "autre", _ => null };
        if (territory is not null) await SeatAsync(signedIn.UserId, territory);
        return signedIn.Client;
    }

    /// <summary>Seats the account on a new comité of the territory with this code.</summary>
    private Task SeatAsync(string userId, string territoryCode) => factory.WithDbAsync(async db =>
    {
        var territory = await db.Territories.SingleAsync(t => t.Code == territoryCode);
        var comite = new Data.Entities.Comite { Name = "Comité " + territoryCode + " " + Guid.NewGuid().ToString("N")[..6], TerritoryId = territory.Id };
        comite.VoterTypes.Add(new ComiteVoterType { Code = "org", Name = "Organisme", Order = 1 });
        db.Comites.Add(comite);
        await db.SaveChangesAsync();
        db.ComiteMembers.Add(new ComiteMember { ComiteId = comite.Id, UserId = userId, DisplayName = "Membre", VoterTypeId = comite.VoterTypes[0].Id });
        return await db.SaveChangesAsync();
    });
}
