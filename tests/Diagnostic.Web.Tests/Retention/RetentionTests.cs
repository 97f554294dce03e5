using System.Net;
using System.Text.Json;
using Diagnostic.Core.Analysis;
using Diagnostic.Data.Exchange;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Retention;
using Diagnostic.Web.Tests.Exchange;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Diagnostic.Web.Tests.Retention;

public sealed class RetentionTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private Task SetRetainUntilAsync(string code, DateOnly day) => factory.WithDbAsync(db =>
        db.Collectes.Where(s => s.PublicCode == code).ExecuteUpdateAsync(set => set.SetProperty(s => s.RetainUntil, day)));

    private Task<string> PortraitJsonAsync(string code) => factory.WithDbAsync(async db =>
    {
        var collecte = (await ExchangeCollecte.FindAsync(db, code, null, default))!;
        var builder = new PortraitBuilder(collecte.Questionnaire);
        await foreach (var r in ResponseStream.ReadSubmittedAsync(db, collecte.Id, collecte.Questionnaire)) builder.Add(r);
        return PortraitJsonWriter.ToJson(builder.Build());
    });

    private RetentionWorker Worker => factory.Services.GetServices<IHostedService>().OfType<RetentionWorker>().Single();

    [Fact]
    public async Task Past_its_date_a_collecte_loses_its_raw_answers_and_keeps_its_portrait()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 12);
        await SetRetainUntilAsync(code, Data.Collectes.QuebecDates.DayOf(DateTimeOffset.UtcNow).AddDays(-1));
        var portraitBefore = await PortraitJsonAsync(code);

        await Worker.RunOnceAsync(default);

        Assert.Equal(0, await factory.CountResponsesAsync(code));
        var id = await factory.CollecteIdAsync(code);
        var archive = await factory.WithDbAsync(db => db.PortraitArchives.SingleAsync(a => a.CollecteId == id));
        Assert.Equal(portraitBefore, archive.Json);
        Assert.Equal((12, AnalysisOptions.DefaultMinCell), (archive.ResponseCount, archive.MinCell));
        using var json = JsonDocument.Parse(archive.Json);
        var all = json.RootElement.EnumerateArray().First(r => r.GetProperty("neighbourhood").GetString() == "ALL" && r.GetProperty("id").GetString() == "fier");
        Assert.Equal(12, all.GetProperty("n").GetInt32());
        var audited = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "collecte.purged" && e.TargetId == id.ToString()));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task A_collecte_before_its_date_or_without_one_is_untouched()
    {
        var future = await factory.NewCollecteAsync();
        var undated = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(future, 3);
        await factory.AddResponsesAsync(undated, 3);
        await SetRetainUntilAsync(future, Data.Collectes.QuebecDates.DayOf(DateTimeOffset.UtcNow).AddDays(1));
        await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == undated)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RetainUntil, (DateOnly?)null)));

        await Worker.RunOnceAsync(default);

        Assert.Equal(3, await factory.CountResponsesAsync(future));
        Assert.Equal(3, await factory.CountResponsesAsync(undated));
    }

    [Fact]
    public async Task Drafts_started_after_a_purge_go_without_an_empty_archive_hiding_the_portrait_kept()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 6);
        await SetRetainUntilAsync(code, new DateOnly(2020, 1, 1));
        await Worker.RunOnceAsync(default);
        var id = await factory.CollecteIdAsync(code);
        // Someone consents from a poster after the purge, then leaves: a draft only.
        await factory.WithDbAsync(async db =>
        {
            db.Responses.Add(new Data.Entities.Response
            {
                PublicId = Guid.NewGuid().ToString(), CollecteId = id, Language = "fr", QuestionnaireHash = "h",
                Status = Data.Entities.ResponseStatus.Draft, StartedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        await Worker.RunOnceAsync(default);

        Assert.Equal(0, await factory.CountResponsesAsync(code)); // drafts included
        var archive = await factory.WithDbAsync(db => db.PortraitArchives.SingleAsync(a => a.CollecteId == id));
        Assert.Equal(6, archive.ResponseCount);
    }

    [Fact]
    public async Task After_a_purge_no_answer_can_be_imported_or_keyed_in()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 5);
        await SetRetainUntilAsync(code, new DateOnly(2020, 1, 1));
        await Worker.RunOnceAsync(default);

        var import = await factory.WithDbAsync(async db =>
        {
            var collecte = (await ExchangeCollecte.FindAsync(db, code, null, default))!;
            using var csv = new MemoryStream("response_id,neighbourhood,audience,language,submitted_at\n"u8.ToArray());
            return await new ResponseImporter(db, TimeProvider.System).ImportAsync(collecte, csv, default);
        });
        var organizer = await factory.OrganizerAsync(code);
        var paper = await new Respondent(organizer).GetAsync($"/admin/collectes/{await factory.CollecteIdAsync(code)}/papier");

        Assert.Equal(Core.Responses.ResponseCsvProblem.Purged, Assert.Single(import.Errors).Kind);
        Assert.Contains("ont été effacées à la date de conservation", paper.Text);
        Assert.DoesNotContain("name=\"entry\"", paper.Html); // no form to key a questionnaire in
    }

    [Fact]
    public async Task One_collecte_that_cannot_be_purged_leaves_the_others_purged_and_is_logged()
    {
        var broken = await factory.NewCollecteAsync();
        var fine = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(broken, 2);
        await factory.AddResponsesAsync(fine, 2);
        await SetRetainUntilAsync(broken, new DateOnly(2020, 1, 1));
        await SetRetainUntilAsync(fine, new DateOnly(2020, 1, 1));
        // A snapshot that no longer reads makes its collecte's purge throw (its own row: collectes share theirs).
        await factory.WithDbAsync(async db =>
        {
            var snapshot = new Data.Entities.QuestionnaireSnapshot { QuestionnaireId = "casse", Hash = "casse-" + broken, Yaml = "id: [" };
            db.QuestionnaireSnapshots.Add(snapshot);
            await db.SaveChangesAsync();
            return await db.Collectes.Where(c => c.PublicCode == broken).ExecuteUpdateAsync(set => set.SetProperty(c => c.SnapshotId, snapshot.Id));
        });

        var run = await factory.WithDbAsync(db => new Data.Retention.RetentionService(db, TimeProvider.System).ApplyAsync(AnalysisOptions.DefaultMinCell, default));

        Assert.Equal(broken, Assert.Single(run.Failed).CollecteCode);
        Assert.Contains(run.Done, d => d.CollecteCode == fine);
        Assert.Equal(0, await factory.CountResponsesAsync(fine));
        Assert.Equal(2, await factory.CountResponsesAsync(broken));
    }

    [Fact]
    public void Retention_days_are_Quebec_days()
    {
        // 31 March 2026, 21:00 in Québec (EDT, UTC−4) is already 1 April in UTC: answers kept « jusqu'au 31 mars » stay.
        var evening = new FixedClock(new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.Zero));
        using var scope = factory.Services.CreateScope();
        var service = new Data.Retention.RetentionService(scope.ServiceProvider.GetRequiredService<Data.DiagnosticDbContext>(), evening);

        Assert.Equal(new DateOnly(2026, 3, 31), service.Today);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task A_second_run_changes_nothing_more()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 3);
        await SetRetainUntilAsync(code, new DateOnly(2020, 1, 1));
        await Worker.RunOnceAsync(default);

        await Worker.RunOnceAsync(default);

        var id = await factory.CollecteIdAsync(code);
        Assert.Equal(1, await factory.WithDbAsync(db => db.PortraitArchives.CountAsync(a => a.CollecteId == id)));
    }

    [Fact]
    public async Task Two_instances_running_the_job_at_once_write_one_archive_and_one_audit_entry_per_collecte()
    {
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var code = await factory.NewCollecteAsync();
            await factory.AddResponsesAsync(code, 5);
            await SetRetainUntilAsync(code, new DateOnly(2020, 1, 1));
            codes.Add(code);
        }

        // Each run has its own scope, so its own context and connection, as two instances would.
        await Task.WhenAll(Worker.RunOnceAsync(default), Worker.RunOnceAsync(default));

        foreach (var code in codes)
        {
            var id = await factory.CollecteIdAsync(code);
            Assert.Equal(0, await factory.CountResponsesAsync(code));
            var archive = await factory.WithDbAsync(db => db.PortraitArchives.SingleAsync(a => a.CollecteId == id));
            Assert.Equal(5, archive.ResponseCount);
            Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "collecte.purged" && e.TargetId == id.ToString())));
        }
    }

    [Fact]
    public async Task A_run_that_found_the_collecte_due_before_another_instance_purged_it_writes_nothing()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 4);
        await SetRetainUntilAsync(code, new DateOnly(2020, 1, 1));
        await using var late = factory.Services.CreateAsyncScope();
        var lateDb = late.ServiceProvider.GetRequiredService<Diagnostic.Data.DiagnosticDbContext>();
        var seenDue = (await ExchangeCollecte.FindAsync(lateDb, code, null, default))!;

        await Worker.RunOnceAsync(default); // the other instance
        var outcome = await late.ServiceProvider.GetRequiredService<Diagnostic.Data.Retention.RetentionService>()
            .ApplyAsync(seenDue, AnalysisOptions.DefaultMinCell, default);

        Assert.Null(outcome);
        var id = await factory.CollecteIdAsync(code);
        var archive = await factory.WithDbAsync(db => db.PortraitArchives.SingleAsync(a => a.CollecteId == id));
        Assert.Equal(4, archive.ResponseCount);
    }

    [Fact]
    public async Task The_archived_portrait_stays_readable_by_the_organizer()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 6);
        await SetRetainUntilAsync(code, new DateOnly(2020, 1, 1));
        await Worker.RunOnceAsync(default);
        var client = await factory.OrganizerAsync(code);
        var id = await factory.CollecteIdAsync(code);
        var archiveId = await factory.WithDbAsync(db => db.PortraitArchives.Where(a => a.CollecteId == id).Select(a => a.Id).SingleAsync());

        var page = await new Respondent(client).GetAsync($"/admin/collectes/{code}/conservation");
        var (status, body, name, type) = await ExchangeData.DownloadAsync(client, $"/admin/collectes/{code}/conservation?handler=archive&id={archiveId}");

        Assert.Contains($"id=\"archive-{archiveId}\"", page.Html);
        Assert.Equal((HttpStatusCode.OK, "application/json"), (status, type));
        Assert.StartsWith($"{code}-portrait-archive-", name);
        Assert.True(JsonDocument.Parse(body).RootElement.GetArrayLength() > 0);
    }
}
