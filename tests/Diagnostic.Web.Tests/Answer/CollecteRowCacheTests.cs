using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Retention;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Answer;

/// <summary>
/// The answer pages keep a collecte's row for at most a second (issue 16). A change made through this process shows
/// on the next page; one made elsewhere (another instance, the CLI: here an update that bypasses the context's save)
/// never lets a submission through and shows on the pages once the second is over.
/// </summary>
public sealed class CollecteRowCacheTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_collecte_closed_through_the_application_is_closed_on_the_next_page()
    {
        await factory.AddCollecteAsync("ici", TestQuestionnaire.Yaml);
        var person = new Respondent(factory.NewClient(), "ici");
        Assert.Equal(HttpStatusCode.OK, (await person.AnswerAllAsync()).Status);

        await factory.WithDbAsync(async db =>
        {
            (await db.Collectes.SingleAsync(c => c.PublicCode == "ici")).Status = CollecteStatus.Closed;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync("/s/ici/verification")).Status);
    }

    [Fact]
    public async Task A_collecte_closed_elsewhere_refuses_the_submission_at_once_and_the_pages_within_a_second()
    {
        await factory.AddCollecteAsync("ailleurs-ferme", TestQuestionnaire.Yaml);
        var person = new Respondent(factory.NewClient(), "ailleurs-ferme");
        Assert.Equal(HttpStatusCode.OK, (await person.AnswerAllAsync()).Status);

        await factory.WithDbAsync(db => db.Collectes.Where(c => c.PublicCode == "ailleurs-ferme")
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, CollecteStatus.Closed)));

        var submitted = await person.PostAsync("/s/ailleurs-ferme/verification");
        Assert.Equal(HttpStatusCode.NotFound, submitted.Status);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Responses.CountAsync(r =>
            r.Collecte!.PublicCode == "ailleurs-ferme" && r.Status == ResponseStatus.Submitted)));

        await Task.Delay(CollecteRows.MaxAge + TimeSpan.FromMilliseconds(100));
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync("/s/ailleurs-ferme/etape/1")).Status);
    }

    [Fact]
    public async Task A_deleted_collecte_is_gone_from_the_next_page()
    {
        await factory.AddCollecteAsync("supprimee", TestQuestionnaire.Yaml);
        var person = new Respondent(factory.NewClient(), "supprimee");
        Assert.Equal(HttpStatusCode.OK, (await person.StartAsync()).Status);

        await factory.WithDbAsync(async db =>
        {
            var id = await db.Collectes.Where(c => c.PublicCode == "supprimee").Select(c => c.Id).SingleAsync();
            return (await new CollecteDeletion(db).DeleteAsync(id, default)).Responses;
        });

        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync("/s/supprimee/etape/1")).Status);
    }
}
