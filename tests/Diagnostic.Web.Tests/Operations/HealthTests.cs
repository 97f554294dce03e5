using Diagnostic.Data.Comites;
using System.Net;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Diagnostic.Web.Tests.Operations;

/// <summary>`/health`: anonymous, tiny, 200 only when the database answers and is fully migrated.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly DiagnosticWebFactory factory = new();

    [Fact]
    public async Task A_migrated_reachable_database_answers_200_with_a_status_word_only()
    {
        using var client = factory.CreateClient(); // no cookie, no sign-in

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"status":"ok","reason":null}""", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [SqliteFact] // goes back to the SQLite migrations' first release
    public async Task A_pending_migration_answers_503()
    {
        using var client = factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            await ClosedYearGuard.DropAsync(db, default); // going down by hand: the guard's triggers would stop the rebuilds
            await db.GetService<IMigrator>().MigrateAsync("20261125144302_Initial"); // as if an upgrade had not run yet
            return 0;
        });

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"status":"unavailable","reason":"migrations-pending"}""", await response.Content.ReadAsStringAsync());
    }

    [SqliteFact]
    public async Task An_unreachable_database_answers_503_without_the_error_text()
    {
        using var client = factory.CreateClient();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(factory.DatabaseFile)!, "test.db*")) File.Delete(file);
        Directory.CreateDirectory(factory.DatabaseFile); // a folder where the file was: SQLite cannot open it

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("""{"status":"unavailable","reason":"database-unreachable"}""", body);
    }

    public void Dispose() => factory.Dispose();
}
