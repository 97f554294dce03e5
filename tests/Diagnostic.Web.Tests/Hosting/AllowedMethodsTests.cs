using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organizer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Diagnostic.Web.Tests.Hosting;

/// <summary>
/// Issue 11, finding 7: TRACE, and POST to a page that only reads, answered 500 with a stack trace in the log.
/// They answer 405 with a plain page and leave the log clean.
/// </summary>
public sealed class AllowedMethodsTests(AllowedMethodsTests.LoggedFactory factory) : IClassFixture<AllowedMethodsTests.LoggedFactory>
{
    public sealed class LoggedFactory : DiagnosticWebFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Logs));
        }
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/s/test")]
    [InlineData("PUT", "/s/test/reprendre")]
    [InlineData("DELETE", "/")]
    [InlineData("POST", "/")]
    public async Task An_unsupported_method_on_a_public_page_answers_405_without_an_error_in_the_log(string method, string path)
    {
        await factory.SeedAsync();
        using var client = factory.NewClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task A_post_with_a_valid_antiforgery_token_to_a_read_only_public_page_answers_405()
    {
        await factory.SeedAsync();
        var citizen = new Respondent(factory.NewClient());
        var token = (await citizen.GetAsync("/s/test")).Token;

        var page = await citizen.PostWithTokenAsync("/", token, ("Consent", "true"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, page.Status);
        AssertLogClean();
    }

    [Fact]
    public async Task Trace_and_a_post_with_a_valid_token_to_a_read_only_admin_page_answer_405()
    {
        var organizer = await factory.OrganizerAsync();
        var poster = $"/admin/collectes/{await factory.IdOfAsync(DiagnosticWebFactory.OpenCode)}/affiche";
        var token = (await organizer.Browser().GetAsync($"/admin/collectes/{await factory.IdOfAsync(DiagnosticWebFactory.OpenCode)}")).Token;

        using var trace = await organizer.Client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, poster));
        var post = await organizer.Browser().PostWithTokenAsync(poster, token);

        await AssertRefusedAsync(trace);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.Status);
        Assert.Contains("Cette action n'est pas possible ici", post.Text);
    }

    [Fact]
    public async Task A_post_to_a_page_with_a_post_handler_is_still_answered()
    {
        await factory.SeedAsync();

        var consent = await new Respondent(factory.NewClient()).ConsentAsync();

        Assert.Equal(HttpStatusCode.OK, consent.Status);
        Assert.Equal("/s/test/quartier", consent.Path);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Cette action n'est pas possible ici", body);
        Assert.DoesNotContain("Exception", body);
        AssertLogClean();
    }

    private void AssertLogClean()
    {
        var bad = factory.Logs.Entries.Where(e => (e.Level >= LogLevel.Error || e.Exception is not null) && !IsFirstMigrationProbe(e)).ToList();
        Assert.True(bad.Count == 0, "Errors in the log:\n" + string.Join("\n", bad));
    }

    // On a new PostgreSQL database, EF reads the migrations history before that table exists and logs the failed
    // query as an error at start-up, before any request: not what these requests must leave behind.
    private static bool IsFirstMigrationProbe(LogCapture.Entry entry) =>
        entry.Category == "Microsoft.EntityFrameworkCore.Database.Command" && entry.Message.Contains("\"__EFMigrationsHistory\"", StringComparison.Ordinal);
}
