using System.Net;
using System.Text.RegularExpressions;
using Diagnostic.Web.Demo;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Tests.Hosting;

/// <summary>Issue 11, finding 1: a production start with the shipped settings seeds nothing, creates no account, logs no secret.</summary>
public sealed partial class ProductionStartTests
{
    private const string PublicBaseUrl = "https://diagnostic.example.org";

    [Fact]
    public async Task A_production_start_with_the_shipped_settings_seeds_no_demo_creates_no_account_and_logs_no_password()
    {
        using var app = new ProductionFactory(PublicBaseUrl);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(PublicBaseUrl) });

        using var home = await client.GetAsync("/");
        using var demo = await client.GetAsync("/s/" + DemoSeeder.CitizenCode);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, demo.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Collectes.AnyAsync()), "a production start seeded collectes");
        Assert.False(await app.WithDbAsync(db => db.Territories.AnyAsync()), "a production start seeded territories");
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync()), "a production start created accounts");
        Assert.NotEmpty(app.Logs.Entries);
        Assert.DoesNotContain(app.Logs.Entries, e => e.Category.StartsWith("Diagnostic.Web.Demo", StringComparison.Ordinal));
        var secrets = app.Logs.Entries.Where(e => LooksSecret(e.Message)).ToList();
        Assert.True(secrets.Count == 0, "Password-like text in the production log:\n" + string.Join('\n', secrets));
    }

    [Fact]
    public async Task A_production_start_answers_only_the_host_of_its_public_address()
    {
        using var app = new ProductionFactory(PublicBaseUrl);
        using var own = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(PublicBaseUrl) });
        using var forged = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });

        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await forged.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("diagnostic.example.org")]
    [InlineData("ftp://diagnostic.example.org")]
    [InlineData("https://diagnostic.example.org/?source=affiche")]
    [InlineData("http://diagnostic.example.org")] // in clear over the network: refused (http://localhost stays allowed)
    public void A_production_start_without_a_valid_PublicBaseUrl_stops_with_a_message_naming_the_setting(string? value)
    {
        using var app = new ProductionFactory(value);

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("PublicBaseUrl", error.Message);
        Assert.Contains("https://diagnostic.example.org", error.Message);
        Assert.False(File.Exists(Path.Combine(app.DataFolder, "diagnostic.db")), "the database was created before the settings were checked");
    }

    /// <summary>
    /// A password, however it is introduced: the words, or a token of 12+ letters and digits mixing lower case, upper
    /// case and digits (the demo passwords are 16 such characters; identifiers in logs are GUIDs, lower case).
    /// </summary>
    private static bool LooksSecret(string message) =>
        message.Contains("password", StringComparison.OrdinalIgnoreCase)
        || message.Contains("mot de passe", StringComparison.OrdinalIgnoreCase)
        || MixedToken().IsMatch(message);

    [GeneratedRegex(@"\b(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{12,}\b")]
    private static partial Regex MixedToken();
}
