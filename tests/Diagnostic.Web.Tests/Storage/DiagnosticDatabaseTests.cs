using Diagnostic.Data.Comites;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>
/// The SQLite side of the storage (pragmas, file location, the SQLite migrations): these tests make their own SQLite
/// file and so run on SQLite whatever DIAGNOSTIC_TEST_POSTGRES says; the PostgreSQL side is DatabaseProviderTests.
/// </summary>
public sealed class DiagnosticDatabaseTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-db-tests-" + Guid.NewGuid().ToString("N"));

    [Fact, Trait("Provider", "Sqlite")]
    public async Task Every_connection_runs_in_wal_mode_with_a_busy_timeout_and_full_sync()
    {
        await using var services = Services(new() { ["Storage:DataDirectory"] = folder });
        await DiagnosticDatabase.MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal("5000", await PragmaAsync(db, "busy_timeout"));
        Assert.Equal("2", await PragmaAsync(db, "synchronous")); // 2 = FULL
    }

    [Fact, Trait("Provider", "Sqlite")]
    public async Task Connections_carry_no_ef_helper_functions_that_each_open_would_register_again()
    {
        // PlainSqliteConnections (issue 16): the application's queries need none of EF's regexp / ef_* functions.
        await using var services = Services(new() { ["Storage:DataDirectory"] = folder });
        await DiagnosticDatabase.MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("0", await ScalarAsync(db, "SELECT count(*) FROM pragma_function_list WHERE name LIKE 'ef\\_%' ESCAPE '\\' OR name = 'regexp'"));
        Assert.Equal("wal", await PragmaAsync(db, "journal_mode")); // the other interceptor still sets up each connection
    }

    [Fact, Trait("Provider", "Sqlite")]
    public async Task Migrations_create_the_schema_with_the_portrait_index_on_a_new_file()
    {
        await using var services = Services(new() { ["ConnectionStrings:Diagnostic"] = $"Data Source={folder}/sub/new.db" });

        await DiagnosticDatabase.MigrateAsync(services);

        Assert.True(File.Exists(Path.Combine(folder, "sub", "new.db")));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await db.Database.OpenConnectionAsync();
        Assert.Equal("IX_Responses_CollecteId_Status", await ScalarAsync(db,
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'IX_Responses_CollecteId_Status'"));
    }

    [Fact, Trait("Provider", "Sqlite")]
    public async Task A_database_made_before_the_collecte_rename_keeps_its_collectes_answers_and_audit_entries()
    {
        await using var services = Services(new() { ["Storage:DataDirectory"] = folder });
        await DiagnosticDatabase.MigrateAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
            var territory = new Territory { Code = "q1", Name = "Quartier 1" };
            var snapshot = new QuestionnaireSnapshot { QuestionnaireId = "citoyens", Hash = "h", Yaml = "id: citoyens" };
            var collecte = new Collecte { PublicCode = "avant", Name = "Avant", Territory = territory, Snapshot = snapshot };
            db.Add(new Response { PublicId = "r1", Collecte = collecte, Language = "fr", QuestionnaireHash = "h", Answers = new() { ["q"] = "1" } });
            db.AuditEntries.Add(new AuditEntry { ActorDisplay = "cli", Action = AuditActions.CollecteOpened, TargetType = "collecte", TargetId = "1" });
            await db.SaveChangesAsync();

            // Back to the schema of the first release, where the same rows lived in Sessions and said "session".
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            await ClosedYearGuard.DropAsync(db, default); // going down by hand: the guard's triggers would stop the rebuilds
            await migrator.MigrateAsync("20261125144302_Initial");
            await db.Database.OpenConnectionAsync();
            Assert.Equal("avant", await ScalarAsync(db, "SELECT PublicCode FROM Sessions"));
            Assert.Equal("1", await ScalarAsync(db, "SELECT COUNT(*) FROM Responses r JOIN Sessions s ON s.Id = r.SessionId"));
            Assert.Equal("session.opened", await ScalarAsync(db, "SELECT Action FROM AuditEntries"));
        }

        await DiagnosticDatabase.MigrateAsync(services);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
            var response = await db.Responses.Include(r => r.Collecte).SingleAsync();
            Assert.Equal("avant", response.Collecte!.PublicCode);
            Assert.Equal("1", response.Answers["q"]);
            var entry = await db.AuditEntries.SingleAsync();
            Assert.Equal(("collecte.opened", "collecte"), (entry.Action, entry.TargetType));
            await db.Database.OpenConnectionAsync();
            Assert.Equal("0", await ScalarAsync(db, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%Session%'"));
            Assert.Equal("", await ScalarAsync(db, "PRAGMA foreign_key_check")); // no row: every foreign key still finds its collecte
        }
    }

    [Fact, Trait("Provider", "Sqlite")]
    public async Task The_committed_migrations_match_the_entity_model()
    {
        await using var services = Services(new() { ["Storage:DataDirectory"] = folder });
        await using var scope = services.CreateAsyncScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>().Database.HasPendingModelChanges());
    }

    [Fact]
    public void Without_settings_the_database_lives_in_the_users_local_data_folder()
    {
        var configuration = new ConfigurationBuilder().Build();

        var builder = new SqliteConnectionStringBuilder(DiagnosticDatabase.ResolveConnectionString(configuration));

        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "diagnostic", "diagnostic.db");
        Assert.Equal(expected, builder.DataSource);
    }

    [Fact]
    public void The_data_directory_setting_moves_the_file_and_the_folder_is_created()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = folder }).Build();

        var builder = new SqliteConnectionStringBuilder(DiagnosticDatabase.ResolveConnectionString(configuration));

        Assert.Equal(Path.Combine(folder, "diagnostic.db"), builder.DataSource);
        Assert.True(Directory.Exists(folder));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddDiagnosticDatabase(configuration).BuildServiceProvider();
    }

    private static Task<string?> PragmaAsync(DiagnosticDbContext db, string name) => ScalarAsync(db, "PRAGMA " + name);

    private static async Task<string?> ScalarAsync(DiagnosticDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
