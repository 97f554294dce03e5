using System.Globalization;
using System.Text;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Exchange;
using Diagnostic.Data.Portraits;
using Diagnostic.Data.Responses;
using Diagnostic.Data.Retention;
using Diagnostic.Web.Tests.Exchange;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Portraits;

/// <summary>
/// The portrait kept in the database (PortraitCells, updated by every write of responses) against the one computed
/// from the rows, file for file, after random submissions, paper entries, imports and deletions. Runs on both providers.
/// </summary>
public sealed class MaintainedPortraitTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private static readonly AnalysisOptions Options = new() { MinCell = 3 };

    [Fact]
    public async Task After_random_submissions_imports_and_deletions_the_maintained_portrait_equals_the_recomputed_one()
    {
        var code = await factory.NewCollecteAsync("m");
        var random = new Random(20261206);
        var next = 0;
        for (var step = 0; step < 40; step++)
        {
            var roll = random.Next(10);
            if (roll < 4) await SubmitAsync(code, Answers(random), Hood(random));
            else if (roll < 6) await PaperAsync(code, Answers(random), Hood(random));
            else if (roll < 8) await ImportAsync(code, Enumerable.Range(0, random.Next(1, 12)).Select(_ => (Id: $"imp-{next++}", Answers: Answers(random), Hood: Hood(random))).ToList());
            else await DeleteRandomAsync(code, random, random.Next(1, 4));
            if (step % 5 == 4) await AssertSameAsync(code);
        }
        await AssertSameAsync(code);
        Assert.True(await factory.CountResponsesAsync(code) > 20);
    }

    [Fact]
    public async Task Responses_written_around_the_service_are_noticed_and_the_cells_rebuilt_from_the_rows()
    {
        var code = await factory.NewCollecteAsync("m");
        await SubmitAsync(code, Answers(new Random(1)), "nord");
        // Rows inserted directly (as the demo seeder and a restored old database do) are not in the cells.
        await factory.AddResponsesAsync(code, 12);

        var first = await LoadAsync(code);
        await factory.WithDbAsync(async db => await PortraitCells.RebuildAsync(db, await QuestionnaireAsync(db, code), Options, default));
        var second = await LoadAsync(code);

        Assert.True(first.Rebuilt);
        Assert.Equal(await ScratchAsync(code), Csv(first));
        Assert.False(second.Rebuilt);
        Assert.Equal(await ScratchAsync(code), Csv(second));
        Assert.Equal(13, second.Portrait.ResponseCount);
    }

    [Fact]
    public async Task The_portrait_cache_stores_the_cells_it_had_to_compute_from_the_rows()
    {
        var code = await factory.NewCollecteAsync("m");
        await factory.AddResponsesAsync(code, 9);
        var cache = factory.Services.GetRequiredService<Diagnostic.Web.Pages.Portraits.PortraitCache>();

        var stamp = await factory.WithDbAsync(db => Diagnostic.Web.Pages.Portraits.PortraitCache.StampAsync(db, code, default));
        var cached = await cache.GetAsync(stamp!, default);

        var configured = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AnalysisOptions>>().Value;
        Assert.Equal(await ScratchAsync(code, configured), PortraitCsvWriter.ToCsv(cached.Portrait));
        for (var wait = 0; wait < 100 && (await LoadAsync(code)).Rebuilt; wait++) await Task.Delay(100);
        Assert.False((await LoadAsync(code)).Rebuilt);
    }

    [Fact]
    public async Task Retention_leaves_no_cell_and_an_empty_portrait()
    {
        var code = await factory.NewCollecteAsync("m");
        await SubmitAsync(code, Answers(new Random(2)), "sud");
        await factory.WithDbAsync(async db =>
        {
            var collecte = (await ExchangeCollecte.FindAsync(db, code, null, default))!;
            return await new RetentionService(db, TimeProvider.System).ApplyAsync(collecte, 1, default);
        });

        Assert.Equal(0, await factory.WithDbAsync(db => db.PortraitCells.CountAsync(c => c.Collecte!.PublicCode == code)));
        var loaded = await LoadAsync(code);
        Assert.Empty(loaded.Build().Portrait.Rows);
    }

    [Fact]
    public async Task Concurrent_submissions_lose_no_update()
    {
        var code = await factory.NewCollecteAsync("m");
        var random = new Random(3);
        var work = Enumerable.Range(0, 16).Select(i => (Answers: Answers(random), Hood: i % 2 == 0 ? "nord" : "sud")).ToList();

        await Task.WhenAll(work.Select(w => Task.Run(() => SubmitAsync(code, w.Answers, w.Hood))));

        var loaded = await LoadAsync(code);
        Assert.False(loaded.Rebuilt);
        Assert.Equal(16, loaded.Portrait.ResponseCount);
        Assert.Equal(await ScratchAsync(code), Csv(loaded));
    }

    private async Task AssertSameAsync(string code)
    {
        var loaded = await LoadAsync(code);
        Assert.False(loaded.Rebuilt, "the cells followed every write");
        Assert.Equal(await ScratchAsync(code), Csv(loaded));
        var (portrait, likert) = loaded.Build();
        var scratch = await ScratchLikertAsync(code);
        Assert.Equal(scratch, Likert(likert));
        Assert.NotEmpty(portrait.Rows);
    }

    private static string Csv(MaintainedPortrait loaded) => PortraitCsvWriter.ToCsv(loaded.Build().Portrait);

    private static string Likert(LikertCounts counts) => string.Join("\n", counts.Items.Select(i =>
        $"{i.Audience}/{i.Neighbourhood}/{i.ItemId}/{i.Suppressed}/{string.Join(",", i.Counts ?? [])}/{i.DontKnow}"));

    private Task<MaintainedPortrait> LoadAsync(string code) => factory.WithDbAsync(async db =>
        await PortraitCells.LoadAsync(db, await QuestionnaireAsync(db, code), Options, default));

    /// <summary>From scratch: one pass over the rows, as the portrait was computed before the cells existed.</summary>
    private Task<string> ScratchAsync(string code, AnalysisOptions? options = null) => factory.WithDbAsync(async db =>
    {
        var collecte = await QuestionnaireAsync(db, code);
        var builder = new PortraitBuilder(collecte.Questionnaire, options ?? Options);
        await foreach (var response in ResponseStream.ReadSubmittedAsync(db, collecte.CollecteId, collecte.Questionnaire)) builder.Add(response);
        return PortraitCsvWriter.ToCsv(builder.Build());
    });

    private Task<string> ScratchLikertAsync(string code) => factory.WithDbAsync(async db =>
    {
        var collecte = await QuestionnaireAsync(db, code);
        var builder = new PortraitBuilder(collecte.Questionnaire, Options);
        var likert = new LikertCountsBuilder(collecte.Questionnaire);
        await foreach (var response in ResponseStream.ReadSubmittedAsync(db, collecte.CollecteId, collecte.Questionnaire))
        {
            builder.Add(response);
            likert.Add(response);
        }
        return Likert(likert.Build(builder.Build()));
    });

    private static async Task<CollecteQuestionnaire> QuestionnaireAsync(DiagnosticDbContext db, string code) =>
        await CollecteQuestionnaire.LoadAsync(db, await db.Collectes.Where(c => c.PublicCode == code).Select(c => c.Id).SingleAsync(), default);

    private Task SubmitAsync(string code, Dictionary<string, string> answers, string hood) => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.Include(c => c.Snapshot).SingleAsync(c => c.PublicCode == code);
        var store = new ResponseStore(db, TimeProvider.System);
        var (draft, _) = await store.StartAsync(collecte, collecte.Snapshot!.Hash, "fr", default, neighbourhoodCode: hood);
        draft.Answers = answers;
        await store.SaveDraftAsync(draft, default);
        return await store.SubmitAsync(collecte.Id, draft.PublicId, draft.PublicId + ":k", default);
    });

    private Task PaperAsync(string code, Dictionary<string, string> answers, string hood) => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.Include(c => c.Snapshot).SingleAsync(c => c.PublicCode == code);
        return await new CollecteStore(db, TimeProvider.System).AddPaperResponseAsync(collecte, Guid.NewGuid(), hood, "fr", answers, default);
    });

    private Task ImportAsync(string code, List<(string Id, Dictionary<string, string> Answers, string Hood)> rows) => factory.WithDbAsync(async db =>
    {
        var csv = new StringBuilder(ExchangeData.WideHeader + "\r\n");
        string A(Dictionary<string, string> a, string id) => a.TryGetValue(id, out var v) ? v : "";
        foreach (var (id, answers, hood) in rows)
            csv.Append(CultureInfo.InvariantCulture,
                $"{id},{hood},citizen,fr,2026-05-02,{A(answers, "age")},{A(answers, "annees")},{A(answers, "fier")},{A(answers, "lieux")},,\r\n");
        var collecte = (await ExchangeCollecte.FindAsync(db, code, null, default))!;
        var result = await new ResponseImporter(db, TimeProvider.System).ImportAsync(collecte, new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), default);
        Assert.Empty(result.Errors);
        return result;
    });

    private Task DeleteRandomAsync(string code, Random random, int count) => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.SingleAsync(c => c.PublicCode == code);
        var ids = await db.Responses.Where(r => r.CollecteId == collecte.Id && r.Status == ResponseStatus.Submitted)
            .OrderBy(r => r.Id).Select(r => r.PublicId).ToListAsync();
        var chosen = ids.OrderBy(_ => random.Next()).Take(count).ToList();
        return await ResponseDeletion.DeleteAsync(db, collecte.Id, chosen, default);
    });

    private static string Hood(Random random) => random.Next(5) == 0 ? "sud" : "nord";

    /// <summary>Valid answers of the test questionnaire (no "autre", so no free text is needed).</summary>
    private static Dictionary<string, string> Answers(Random random)
    {
        var answers = new Dictionary<string, string>
        {
            ["age"] = random.Next(2) == 0 ? "14-34" : "35+",
            ["fier"] = random.Next(6) == 0 ? Scale.DontKnowCode : random.Next(1, 5).ToString(CultureInfo.InvariantCulture),
        };
        if (random.Next(3) > 0) answers["annees"] = random.Next(0, 100).ToString(CultureInfo.InvariantCulture);
        var lieux = new[] { "parc", "biblio", "parc|biblio" }[random.Next(3)];
        if (random.Next(2) == 0) answers["lieux"] = lieux;
        return answers;
    }
}
