using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>
/// SQLite's one-command draft save and read (issue 16): the save writes the answers, neighbourhood and language, leaves
/// a response submitted meanwhile alone, and hands the connection back with synchronous=FULL for the next submission;
/// the read gives back every property exactly as EF reads it.
/// </summary>
public sealed class DraftSaveTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-draft-save-tests-" + Guid.NewGuid().ToString("N"));

    [Fact, Trait("Provider", "Sqlite")]
    public async Task A_draft_save_writes_the_draft_and_leaves_the_connection_fully_synced()
    {
        await using var services = await MigratedAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var store = new ResponseStore(db, TimeProvider.System);
        var (draft, _) = await store.StartAsync(await CollecteAsync(db), "h", "fr", default);
        await db.Database.OpenConnectionAsync();

        draft.Answers = new() { ["q1"] = "Réponse « 35+ »", ["q2"] = "a b" };
        draft.NeighbourhoodCode = "Q-2";
        draft.Language = "en";
        Assert.True(await store.SaveDraftAsync(draft, default));

        Assert.Equal(2L, await SynchronousAsync(db)); // 2 = FULL
        var saved = await db.Responses.AsNoTracking().SingleAsync(r => r.Id == draft.Id);
        Assert.Equal(draft.Answers, saved.Answers);
        Assert.Equal("Q-2", saved.NeighbourhoodCode);
        Assert.Equal("en", saved.Language);
        Assert.Equal(ResponseStatus.Draft, saved.Status);
    }

    [Fact, Trait("Provider", "Sqlite")]
    public async Task A_draft_submitted_meanwhile_is_not_changed_by_a_late_save()
    {
        await using var services = await MigratedAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var store = new ResponseStore(db, TimeProvider.System);
        var (draft, _) = await store.StartAsync(await CollecteAsync(db), "h", "fr", default);
        draft.Answers = new() { ["q1"] = "avant" };
        Assert.True(await store.SaveDraftAsync(draft, default));
        // Another tab submitted it; this page still holds the draft it read before.
        await db.Responses.Where(r => r.Id == draft.Id).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, ResponseStatus.Submitted));

        draft.Answers = new() { ["q1"] = "après" };
        Assert.False(await store.SaveDraftAsync(draft, default));

        var saved = await db.Responses.AsNoTracking().SingleAsync(r => r.Id == draft.Id);
        Assert.Equal("avant", saved.Answers["q1"]);
        await db.Database.OpenConnectionAsync();
        Assert.Equal(2L, await SynchronousAsync(db));
    }

    [Fact, Trait("Provider", "Sqlite")]
    public async Task The_plain_read_gives_every_property_as_EF_reads_it()
    {
        await using var services = await MigratedAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var collecte = await CollecteAsync(db);
        var started = new DateTimeOffset(2026, 3, 14, 9, 26, 53, 589, TimeSpan.FromHours(-4));
        Response[] rows =
        [
            new() { PublicId = "draft", CollecteId = collecte.Id, Language = "fr", QuestionnaireHash = "h", StartedAt = started,
                    Status = ResponseStatus.Draft, ResumeCodeHash = "resume" },
            new() { PublicId = "submitted", CollecteId = collecte.Id, Language = "en", QuestionnaireHash = "h2", StartedAt = started,
                    SubmittedAt = started.AddMinutes(7).ToOffset(TimeSpan.Zero), Status = ResponseStatus.Submitted,
                    Audience = Diagnostic.Core.Questionnaires.Audience.Partner, Channel = ResponseChannel.Kiosk,
                    NeighbourhoodCode = "Q-2", SubmissionKey = "key", Answers = new() { ["q1"] = "« 35+ » é", ["q2"] = "decline" } },
        ];
        db.Responses.AddRange(rows);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var store = new ResponseStore(db, TimeProvider.System);

        foreach (var row in rows)
        {
            var expected = await db.Responses.AsNoTracking().SingleAsync(r => r.Id == row.Id);
            var read = await store.FindAsync(collecte.Id, row.PublicId, default);
            Assert.NotNull(read);
            foreach (var property in typeof(Response).GetProperties().Where(p => p.Name != nameof(Response.Collecte)))
                Assert.Equal(property.GetValue(expected), property.GetValue(read));
        }
        Assert.Null(await store.FindAsync(collecte.Id, "unknown", default));
        Assert.Null(await store.FindAsync(collecte.Id + 1, "draft", default));
    }

    private async Task<ServiceProvider> MigratedAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = folder }).Build();
        var services = new ServiceCollection().AddDiagnosticDatabase(configuration).BuildServiceProvider();
        await DiagnosticDatabase.MigrateAsync(services);
        return services;
    }

    private static async Task<Collecte> CollecteAsync(DiagnosticDbContext db)
    {
        var collecte = new Collecte
        {
            PublicCode = "brouillon",
            Name = "Brouillons",
            Territory = new Territory { Code = "t", Name = "Territoire" },
            Snapshot = new QuestionnaireSnapshot { QuestionnaireId = "citoyens", Hash = "h", Yaml = "id: citoyens" },
        };
        db.Collectes.Add(collecte);
        await db.SaveChangesAsync();
        return collecte;
    }

    private static async Task<long> SynchronousAsync(DiagnosticDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
