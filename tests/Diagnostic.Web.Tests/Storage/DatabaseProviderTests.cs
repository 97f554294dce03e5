using Diagnostic.Data;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>Database:Provider, the PostgreSQL migrations, and what must read back the same on either provider.</summary>
public sealed class DatabaseProviderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-provider-tests-" + Guid.NewGuid().ToString("N"));
    private readonly List<TestDatabase> databases = [];

    [Fact]
    public async Task The_committed_postgres_migrations_match_the_entity_model()
    {
        // Comparing the model with the migrations reads no server.
        await using var services = Services(new()
        {
            [DatabaseProviders.ProviderKey] = "Postgres",
            ["ConnectionStrings:Diagnostic"] = "Host=127.0.0.1;Database=never_opened",
        });
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();

        Assert.IsType<PostgresDiagnosticDbContext>(db);
        Assert.True(db.Database.IsNpgsql());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_setting_the_provider_is_sqlite()
    {
        await using var services = Services(new() { ["Storage:DataDirectory"] = folder });
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();

        Assert.Equal(typeof(DiagnosticDbContext), db.GetType());
        Assert.True(db.Database.IsSqlite());
    }

    [Fact]
    public void An_unknown_provider_stops_the_start_with_a_message_naming_the_setting_and_the_choices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Services(new() { [DatabaseProviders.ProviderKey] = "Oracle" }));

        Assert.Contains("Database:Provider", error.Message);
        Assert.Contains("« Oracle » n'est pas reconnu", error.Message);
        Assert.Contains("Sqlite", error.Message);
        Assert.Contains("Postgres", error.Message);
    }

    [Theory]
    [InlineData(null, "ConnectionStrings:Diagnostic est vide")]
    [InlineData("Host=127.0.0.1", "il manque Database")]
    [InlineData("Nonsense=1", "n'est pas une chaîne de connexion PostgreSQL valide")]
    public void Postgres_without_a_usable_connection_string_stops_the_start_with_a_clear_message(string? connectionString, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Services(new()
        {
            [DatabaseProviders.ProviderKey] = "Postgres",
            ["ConnectionStrings:Diagnostic"] = connectionString,
        }));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task An_instant_with_a_quebec_offset_reads_back_as_the_same_instant_and_the_same_quebec_day()
    {
        // 23:30 in Québec on 14 March is already 15 March in UTC: the day shown must stay the 14th.
        var opens = new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.FromHours(-4));
        await using var services = Services(new Dictionary<string, string?>(NewDatabase().Settings));
        await DiagnosticDatabase.MigrateAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
            var territory = new Territory { Code = "q1", Name = "Quartier 1" };
            var snapshot = new QuestionnaireSnapshot { QuestionnaireId = "citoyens", Hash = "h", Yaml = "id: citoyens", CreatedAt = opens };
            db.Collectes.Add(new Collecte { PublicCode = "heure", Name = "Heure", Territory = territory, Snapshot = snapshot, OpensAt = opens });
            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
            var stored = await db.Collectes.SingleAsync(c => c.PublicCode == "heure");
            Assert.Equal(opens, stored.OpensAt); // same instant, whatever offset the provider hands back
            Assert.Equal(new DateOnly(2026, 3, 14), QuebecDates.DayOf(stored.OpensAt!.Value));
        }
    }

    [Fact]
    public async Task Codes_differing_only_by_case_are_different_codes()
    {
        await using var services = Services(new Dictionary<string, string?>(NewDatabase().Settings));
        await DiagnosticDatabase.MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        db.Territories.Add(new Territory { Code = "nord", Name = "Nord" });
        await db.SaveChangesAsync();

        Assert.Equal(1, await db.Territories.CountAsync(t => t.Code == "nord"));
        Assert.Equal(0, await db.Territories.CountAsync(t => t.Code == "NORD"));
    }

    [PostgresFact]
    public async Task On_postgres_the_migrations_create_the_schema_with_the_portrait_index()
    {
        await using var services = Services(new Dictionary<string, string?>(NewDatabase().Settings));

        await DiagnosticDatabase.MigrateAsync(services);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var indexes = await db.Database
            .SqlQuery<string>($"SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = 'Responses'")
            .ToListAsync();
        Assert.Contains("IX_Responses_CollecteId_Status", indexes);
    }

    private TestDatabase NewDatabase()
    {
        var database = new TestDatabase(folder, "provider.db");
        databases.Add(database);
        return database;
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddDiagnosticDatabase(configuration).BuildServiceProvider();
    }

    public void Dispose()
    {
        foreach (var database in databases) database.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
